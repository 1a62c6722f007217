//! What each screen shows, already worded: the components only lay it out.

use crate::core::history::{delta, HistoryEntry};
use crate::core::locale::fill;
use crate::core::instrument::Instrument;
use crate::core::scoring::{self, Driver, Reason};
use crate::core::session::{Session, Step};

/// The screen to show.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Intro(IntroView),
    Resume(ResumeView),
    Question(QuestionView),
    Review(ReviewView),
    Result(ResultView),
}

#[derive(Debug, Clone, PartialEq)]
pub struct IntroView {
    pub title: String,
    pub tagline: String,
    pub intro: String,
    pub length: String,
    /// True when some answers are already given (the button then continues).
    pub started: bool,
    pub history: Vec<HistoryRow>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResumeView {
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuestionView {
    pub index: usize,
    pub progress: String,
    pub section: String,
    /// How far through, 0 to 100, for the progress bar.
    pub percent: u8,
    pub prompt: String,
    pub help: Option<String>,
    pub options: Vec<OptionView>,
    pub can_advance: bool,
    pub next_label: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct OptionView {
    pub index: usize,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewView {
    pub sections: Vec<ReviewSection>,
    pub complete: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewSection {
    pub title: String,
    pub items: Vec<ReviewItem>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    pub index: usize,
    pub prompt: String,
    pub answer: Option<String>,
}

/// One answer named as a reason: the question in a few words, and the answer given.
#[derive(Debug, Clone, PartialEq)]
pub struct WhyLine {
    pub question: String,
    pub answer: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultView {
    pub id: u64,
    pub finished_at: u64,
    pub profile: ProfileView,
    /// The essay's lenses beside the profile: rate of change, awareness, effectiveness.
    pub lenses: Vec<LensView>,
    pub dimensions: Vec<DimensionView>,
    pub traps: Vec<TrapView>,
    pub reading: Vec<ReadingView>,
    /// When the previous result was taken, for the comparison.
    pub previous: Option<PreviousView>,
    pub history: Vec<HistoryRow>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileView {
    pub id: String,
    pub lens_label: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub try_next: String,
    pub why: Vec<WhyLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LensView {
    pub label: String,
    pub name: String,
    pub text: String,
    pub why: Vec<WhyLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionView {
    pub id: String,
    pub label: String,
    pub summary: String,
    pub score: u8,
    pub level: String,
    pub level_text: String,
    pub spectrum: bool,
    /// The change since the previous result, worded, when there is one.
    pub delta: Option<(i16, String)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrapView {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub severity: u8,
    pub badge: &'static str,
    pub next_move: String,
    pub why: Vec<WhyLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReadingView {
    pub title: String,
    pub source: String,
    pub url: String,
    pub blurb: String,
    pub because: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PreviousView {
    pub finished_at: u64,
    pub profile: String,
    pub profile_changed: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HistoryRow {
    pub id: u64,
    pub finished_at: u64,
    pub profile: String,
    pub current: bool,
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

/// The screen for a session.
pub fn screen(instrument: &Instrument, session: &Session) -> Screen {
    match ScreenKey::of(instrument, session) {
        ScreenKey::Resume => Screen::Resume(resume(instrument, session)),
        ScreenKey::Intro => Screen::Intro(intro(instrument, session)),
        ScreenKey::Question(index) => question(instrument, session, index)
            .map(Screen::Question)
            .unwrap_or_else(|| Screen::Intro(intro(instrument, session))),
        ScreenKey::Review => Screen::Review(review(instrument, session)),
        ScreenKey::Result(id) => match session.history.get(id) {
            Some(entry) => Screen::Result(result(instrument, session, entry)),
            None => Screen::Intro(intro(instrument, session)),
        },
    }
}

/// What a screen reader hears when the screen changes.
pub fn announcement(instrument: &Instrument, session: &Session) -> String {
    match ScreenKey::of(instrument, session) {
        ScreenKey::Intro => instrument.title.clone(),
        ScreenKey::Resume => instrument.strings().resume_title.to_owned(),
        ScreenKey::Question(index) => instrument.strings().progress(index + 1, instrument.question_count()),
        ScreenKey::Review => instrument.strings().review_title.to_owned(),
        ScreenKey::Result(id) => session
            .history
            .get(id)
            .map(|e| format!("{}: {}", instrument.strings().result_heading, profile_name(instrument, &e.profile)))
            .unwrap_or_default(),
    }
}

pub fn resume(instrument: &Instrument, session: &Session) -> ResumeView {
    ResumeView { message: instrument.strings().resume(session.answers.len(), instrument.question_count()) }
}

pub fn intro(instrument: &Instrument, session: &Session) -> IntroView {
    IntroView {
        title: instrument.title.clone(),
        tagline: instrument.tagline.clone(),
        intro: instrument.intro.clone(),
        length: instrument.strings().length(instrument.question_count(), instrument.minutes),
        started: !session.answers.is_empty(),
        history: history_rows(instrument, session, None),
    }
}

pub fn question(instrument: &Instrument, session: &Session, index: usize) -> Option<QuestionView> {
    let placed = instrument.question(index)?;
    let total = instrument.question_count();
    let section_number = instrument.sections.iter().position(|s| s.id == placed.section.id).unwrap_or(0) + 1;
    let chosen = session.answers.get(&placed.question.id);
    let next_label = if session.from_review {
        instrument.strings().back_to_review
    } else if index + 1 == total {
        instrument.strings().to_review
    } else {
        instrument.strings().next
    };
    Some(QuestionView {
        index,
        progress: instrument.strings().progress(index + 1, total),
        section: instrument.strings().section(section_number, instrument.sections.len(), &placed.section.title),
        percent: u8::try_from(index * 100 / total.max(1)).unwrap_or(100),
        prompt: placed.question.prompt.clone(),
        help: placed.question.help.clone(),
        options: placed
            .question
            .options
            .iter()
            .enumerate()
            .map(|(i, o)| OptionView { index: i, label: o.label.clone(), selected: chosen == Some(o.id.as_str()) })
            .collect(),
        can_advance: chosen.is_some(),
        next_label,
    })
}

pub fn review(instrument: &Instrument, session: &Session) -> ReviewView {
    let mut sections: Vec<ReviewSection> = Vec::new();
    for placed in instrument.questions() {
        let answer = session
            .answers
            .get(&placed.question.id)
            .and_then(|id| placed.question.choice(id))
            .map(|c| c.label.clone());
        let item = ReviewItem { index: placed.index, prompt: placed.question.prompt.clone(), answer };
        match sections.last_mut() {
            Some(s) if s.title == placed.section.title => s.items.push(item),
            _ => sections.push(ReviewSection { title: placed.section.title.clone(), items: vec![item] }),
        }
    }
    ReviewView { sections, complete: session.answers.is_complete(instrument) }
}

fn why(instrument: &Instrument, drivers: &[Driver]) -> Vec<WhyLine> {
    drivers
        .iter()
        .filter_map(|d| {
            let placed = instrument.question_by_id(&d.question)?;
            let choice = placed.question.choice(&d.choice)?;
            Some(WhyLine { question: placed.question.short.clone(), answer: choice.label.clone() })
        })
        .collect()
}

fn category_name(instrument: &Instrument, lens: &str, category: &str) -> String {
    instrument
        .lens(lens)
        .and_then(|l| l.category(category))
        .map(|c| c.name.clone())
        .unwrap_or_else(|| category.to_owned())
}

pub fn profile_name(instrument: &Instrument, category: &str) -> String {
    instrument.lenses.first().map(|l| category_name(instrument, &l.id, category)).unwrap_or_default()
}

pub fn history_rows(instrument: &Instrument, session: &Session, current: Option<u64>) -> Vec<HistoryRow> {
    session
        .history
        .entries()
        .iter()
        .rev()
        .map(|e| HistoryRow {
            id: e.id,
            finished_at: e.finished_at,
            profile: profile_name(instrument, &e.profile),
            current: Some(e.id) == current,
        })
        .collect()
}

fn reason(instrument: &Instrument, reason: &Reason) -> String {
    match reason {
        Reason::Category { lens, category } => {
            fill(instrument.strings().reason_fits, &[("category", &category_name(instrument, lens, category))])
        }
        Reason::Trap(id) => {
            fill(instrument.strings().reason_helps, &[("trap", instrument.trap(id).map(|t| t.name.as_str()).unwrap_or(id))])
        }
        Reason::Dimension(id) => {
            let label = instrument.dimension(id).map(|d| instrument.strings().in_sentence(&d.label)).unwrap_or_default();
            fill(instrument.strings().reason_dimension, &[("dimension", &label)])
        }
        Reason::General => instrument.strings().reason_general.to_owned(),
    }
}

/// The full result card for a history entry.
pub fn result(instrument: &Instrument, session: &Session, entry: &HistoryEntry) -> ResultView {
    let outcome = scoring::score(instrument, &entry.answers);
    let previous = session.history.previous(entry.id);

    let (profile_lens, other_lenses) = match outcome.lenses.split_first() {
        Some((first, rest)) => (Some(first), rest),
        None => (None, &[][..]),
    };
    let profile = profile_lens
        .and_then(|found| {
            let lens = instrument.lens(&found.lens)?;
            let category = lens.category(&found.category)?;
            Some(ProfileView {
                id: category.id.clone(),
                lens_label: lens.label.clone(),
                name: category.name.clone(),
                summary: category.summary.clone(),
                description: category.description.clone(),
                try_next: category.try_next.clone(),
                why: why(instrument, &found.drivers),
            })
        })
        .unwrap_or_default();

    let mut lenses: Vec<LensView> = other_lenses
        .iter()
        .filter_map(|found| {
            let lens = instrument.lens(&found.lens)?;
            let category = lens.category(&found.category)?;
            Some(LensView {
                label: lens.label.clone(),
                name: category.name.clone(),
                text: category.description.clone(),
                why: why(instrument, &found.drivers),
            })
        })
        .collect();
    let mut dimensions = Vec::new();
    for scored in &outcome.dimensions {
        let Some(dim) = instrument.dimension(&scored.dimension) else { continue };
        let level = &dim.levels[scored.level.min(dim.levels.len() - 1)];
        if dim.profile {
            lenses.push(LensView {
                label: dim.label.clone(),
                name: level.name.clone(),
                text: level.text.clone(),
                why: why(instrument, &scored.drivers),
            });
        }
        dimensions.push(DimensionView {
            id: dim.id.clone(),
            label: dim.label.clone(),
            summary: dim.summary.clone(),
            score: scored.score,
            level: level.name.clone(),
            level_text: level.text.clone(),
            spectrum: dim.spectrum,
            delta: previous.and_then(|p| delta(p, &dim.id, scored.score)).map(|d| (d, instrument.strings().delta(d))),
        });
    }

    let traps = outcome
        .traps
        .iter()
        .filter_map(|t| {
            let trap = instrument.trap(&t.trap)?;
            Some(TrapView {
                id: trap.id.clone(),
                name: trap.name.clone(),
                summary: trap.summary.clone(),
                severity: t.severity,
                badge: if t.active { instrument.strings().active_trap } else { instrument.strings().watch_trap },
                next_move: trap.next_move.clone(),
                why: why(instrument, &t.drivers),
            })
        })
        .collect();

    let reading = outcome
        .reading
        .iter()
        .filter_map(|pick| {
            let item = instrument.reading.iter().find(|r| r.id == pick.reading)?;
            Some(ReadingView {
                title: item.title.clone(),
                source: item.source.clone(),
                url: item.url.clone(),
                blurb: item.blurb.clone(),
                because: reason(instrument, &pick.reason),
            })
        })
        .collect();

    ResultView {
        id: entry.id,
        finished_at: entry.finished_at,
        previous: previous.map(|p| PreviousView {
            finished_at: p.finished_at,
            profile: profile_name(instrument, &p.profile),
            profile_changed: p.profile != outcome.profile(),
        }),
        profile,
        lenses,
        dimensions,
        traps,
        reading,
        history: history_rows(instrument, session, Some(entry.id)),
    }
}

/// Someone's shared result, scored again from its answers, with nothing of the visitor's own.
pub fn shared_result(instrument: &Instrument, shared: &crate::core::share::SharedResult) -> ResultView {
    let finished_at = u64::from(shared.finished_on) * 86_400_000;
    let outcome = scoring::score(instrument, &shared.answers);
    let entry = HistoryEntry::new(instrument, 0, finished_at, shared.answers.clone(), &outcome);
    result(instrument, &Session::new(), &entry)
}

/// The profile name of the result on screen, if a result is.
pub fn result_profile(instrument: &Instrument, session: &Session) -> Option<String> {
    let Step::Result { id } = session.step else { return None };
    session.history.get(id).map(|entry| profile_name(instrument, &entry.profile))
}
