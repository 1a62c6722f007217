//! What each screen shows, already worded: the components only lay it out.

use crate::history::HistoryEntry;
use crate::instrument::{Dimension, Instrument};
use crate::locale::fill;
use crate::scoring::{self, DimensionScore, Driver, Fit, MismatchFound, Outcome, Reason};
use crate::session::{ScreenKey, Session, Step};

#[derive(Debug, Clone, PartialEq)]
pub struct IntroView {
    pub title: String,
    pub tagline: String,
    pub intro: String,
    pub length: String,
    /// True when some answers are already given (the button then continues).
    pub started: bool,
    /// Something is stored (answers or results), so "Delete everything stored" is offered.
    pub stored: bool,
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
    /// Whether there is a Back: not on the first question when the host skipped the intro.
    pub can_go_back: bool,
    pub next_label: &'static str,
    /// On the last question: "See my result", beside "Review answers" (the review is offered,
    /// not required). Enabled once every question is answered.
    pub finish: Option<(&'static str, bool)>,
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

/// One answer named as a reason: the question in a few words, the answer given, and, when the
/// answer moved a level by a step, why.
#[derive(Debug, Clone, PartialEq)]
pub struct WhyLine {
    pub question: String,
    pub answer: String,
    pub because: Option<String>,
}

/// A "Why …?" disclosure: what it explains, and the answers behind it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Why {
    /// "Why Implicit?"
    pub label: String,
    pub lines: Vec<WhyLine>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResultView {
    pub id: u64,
    pub finished_at: u64,
    /// The first sentence: how well the way the team works fits its work.
    pub verdict: VerdictView,
    pub profile: ProfileView,
    /// What the team is judged like, and funded like.
    pub signals: Vec<LensView>,
    /// The essay's other lenses: rate of change, how much of the work is that kind. (Awareness
    /// and effectiveness are levels, among the dimensions.)
    pub lenses: Vec<LensView>,
    pub dimensions: Vec<DimensionView>,
    /// Most important first; the first is shown at the top of the card.
    pub traps: Vec<TrapView>,
    pub reading: Vec<ReadingView>,
    /// When the previous result was taken, for the comparison.
    pub previous: Option<PreviousView>,
    /// The previous result was made with an earlier version of the questions: not compared.
    pub previous_earlier: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct VerdictView {
    pub fit: Fit,
    pub sentence: String,
    /// The one or two answers that say so most.
    pub because: Vec<WhyLine>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProfileView {
    pub id: String,
    pub lens_label: String,
    pub name: String,
    pub summary: String,
    pub description: String,
    pub try_next: String,
    pub works_when: String,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LensView {
    pub label: String,
    pub name: String,
    pub text: String,
    /// The move for this lens, and how the team will know it worked.
    pub try_next: Option<(String, String)>,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DimensionView {
    pub id: String,
    pub label: String,
    pub summary: String,
    pub score: u8,
    pub level: String,
    pub level_text: String,
    /// Which level, of how many: the bar shows this, not a number.
    pub level_index: usize,
    pub level_count: usize,
    pub spectrum: bool,
    /// The level at the previous result, worded ("up from Implicit"), when there is one.
    pub delta: Option<(usize, String)>,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrapView {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub severity: u8,
    pub active: bool,
    pub badge: &'static str,
    pub next_move: String,
    pub works_when: String,
    /// "Ask your team": the conversation prompt of the question behind it most.
    pub ask: Option<String>,
    pub why: Why,
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
    /// Made with an earlier version of the questions: it opens as a notice, not a card.
    pub earlier: bool,
}

/// A result kept from an earlier version of the questions: what it said then, and the offer to
/// take the check again.
#[derive(Debug, Clone, PartialEq)]
pub struct EarlierView {
    pub id: u64,
    pub finished_at: u64,
    pub profile: String,
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
        stored: !session.answers.is_empty() || !session.history.is_empty(),
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
        can_go_back: index > 0 || session.from_review || !session.skipped_intro,
        next_label,
        finish: (index + 1 == total && !session.from_review)
            .then(|| (instrument.strings().see_result_now, session.answers.is_complete(instrument))),
    })
}

pub fn review(instrument: &Instrument, session: &Session) -> ReviewView {
    let mut sections: Vec<ReviewSection> = Vec::new();
    for placed in instrument.questions() {
        let answer =
            session.answers.get(&placed.question.id).and_then(|id| placed.question.choice(id)).map(|c| c.label.clone());
        let item = ReviewItem { index: placed.index, prompt: placed.question.prompt.clone(), answer };
        match sections.last_mut() {
            Some(s) if s.title == placed.section.title => s.items.push(item),
            _ => sections.push(ReviewSection { title: placed.section.title.clone(), items: vec![item] }),
        }
    }
    ReviewView { sections, complete: session.answers.is_complete(instrument) }
}

fn why_lines(instrument: &Instrument, drivers: &[Driver]) -> Vec<WhyLine> {
    drivers
        .iter()
        .filter_map(|d| {
            let placed = instrument.question_by_id(&d.question)?;
            let choice = placed.question.choice(&d.choice)?;
            Some(WhyLine { question: placed.question.short.clone(), answer: choice.label.clone(), because: None })
        })
        .collect()
}

/// "Why {name}?" over the answers behind a finding.
fn why(instrument: &Instrument, name: &str, drivers: &[Driver]) -> Why {
    Why { label: fill(instrument.strings().why_named, &[("name", name)]), lines: why_lines(instrument, drivers) }
}

/// A direct level's "why": its own answer, then each answer that moved it, with the reason.
fn level_why(instrument: &Instrument, dim: &Dimension, scored: &DimensionScore, name: &str) -> Why {
    let t = instrument.strings();
    let line = |driver: &Driver, because: Option<String>| {
        why_lines(instrument, std::slice::from_ref(driver)).into_iter().next().map(|l| WhyLine { because, ..l })
    };
    let mut lines: Vec<WhyLine> = Vec::new();
    match &scored.nudged {
        None => lines.extend(scored.drivers.first().and_then(|d| line(d, None))),
        Some(nudged) => {
            let from = dim.levels.get(nudged.from).map(|l| fill(t.level_named, &[("level", &l.name)]));
            lines.extend(scored.drivers.first().and_then(|d| line(d, from)));
            for (nudge, driver) in &nudged.because {
                lines.extend(line(driver, dim.nudges.get(*nudge).map(|n| n.because.clone())));
            }
        }
    }
    Why { label: fill(t.why_named, &[("name", name)]), lines }
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
            earlier: e.instrument_version != instrument.version,
        })
        .collect()
}

fn reason(instrument: &Instrument, reason: &Reason) -> String {
    match reason {
        Reason::Category { lens, category } => {
            fill(instrument.strings().reason_fits, &[("category", &category_name(instrument, lens, category))])
        }
        Reason::Trap(id) => fill(
            instrument.strings().reason_helps,
            &[("trap", instrument.trap(id).map(|t| t.name.as_str()).unwrap_or(id))],
        ),
        Reason::Dimension(id) => {
            let label =
                instrument.dimension(id).map(|d| instrument.strings().in_sentence(&d.label)).unwrap_or_default();
            fill(instrument.strings().reason_dimension, &[("dimension", &label)])
        }
        Reason::General => instrument.strings().reason_general.to_owned(),
    }
}

/// The first sentence of a result, worded.
fn verdict(instrument: &Instrument, outcome: &Outcome) -> VerdictView {
    let t = instrument.strings();
    let category = |lens: &str, id: &str| instrument.lens(lens).and_then(|l| l.category(id));
    let kind = instrument
        .lenses
        .first()
        .and_then(|l| category(&l.id, outcome.profile()))
        .map(|c| c.phrase.clone())
        .unwrap_or_default();
    let names = |ids: &[String]| -> Vec<String> {
        ids.iter().filter_map(|id| instrument.trap(id).map(|t| t.name.clone())).collect()
    };
    let against = names(&outcome.verdict.against);
    let watching = names(&outcome.verdict.watching);
    let results_level =
        instrument.dimensions.iter().zip(&outcome.dimensions).find(|(d, _)| d.verdict).map(|(_, s)| s.level);
    let mismatched: Vec<&MismatchFound> =
        outcome.verdict.mismatches.iter().filter_map(|&i| outcome.mismatches.get(i)).collect();

    let sentence = if mismatched.is_empty() {
        let template = match outcome.verdict.fit {
            Fit::Fits => t.verdict_fits,
            Fit::MostlyFits if !against.is_empty() => t.verdict_mostly,
            Fit::MostlyFits if results_level == Some(1) => t.verdict_slipping,
            Fit::MostlyFits => t.verdict_watch,
            Fit::PullsAgainst | Fit::DoesNotFit if against.is_empty() => t.verdict_radical,
            Fit::PullsAgainst => t.verdict_pulls,
            Fit::DoesNotFit => t.verdict_not,
        };
        let named = if against.is_empty() { &watching } else { &against };
        fill(template, &[("kind", &kind), ("against", &named.join(t.and))])
    } else {
        // "judged and funded like a project factory", or "judged like X and funded like Y".
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        for found in &mismatched {
            let phrase = category(&found.lens, &found.category).map(|c| c.phrase.clone()).unwrap_or_default();
            let verb = instrument.lens(&found.lens).map(|l| l.verb.clone()).unwrap_or_default();
            match groups.iter_mut().find(|(p, _)| *p == phrase) {
                Some((_, verbs)) => verbs.push(verb),
                None => groups.push((phrase, vec![verb])),
            }
        }
        let how: Vec<String> = groups
            .iter()
            .map(|(phrase, verbs)| fill(t.treated_like, &[("verbs", &verbs.join(t.and)), ("phrase", phrase)]))
            .collect();
        let mut sentence = fill(t.verdict_mismatch, &[("kind", &kind), ("how", &how.join(t.and))]);
        // The mismatch explains the funding trap: name the other strong ones after it.
        let explained: Vec<&str> = instrument
            .mismatches
            .iter()
            .flat_map(|m| m.effects.keys())
            .filter_map(|k| k.strip_prefix("trap."))
            .collect();
        let others = names(
            &outcome.verdict.against.iter().filter(|id| !explained.contains(&id.as_str())).cloned().collect::<Vec<_>>(),
        );
        if !others.is_empty() {
            sentence = format!("{sentence} {}", fill(t.verdict_also, &[("against", &others.join(t.and))]));
        }
        sentence
    };
    VerdictView { fit: outcome.verdict.fit, sentence, because: why_lines(instrument, &outcome.verdict.drivers) }
}

/// The full result card for a history entry.
pub fn result(instrument: &Instrument, session: &Session, entry: &HistoryEntry) -> ResultView {
    let outcome = scoring::score(instrument, &entry.answers);
    let before = session.history.previous(entry.id);
    let previous = before.filter(|p| p.instrument_version == instrument.version);
    let t = instrument.strings();

    let mut profile = ProfileView::default();
    let mut signals = Vec::new();
    let mut lenses: Vec<LensView> = Vec::new();
    for (i, found) in outcome.lenses.iter().enumerate() {
        let Some(lens) = instrument.lens(&found.lens) else { continue };
        let Some(category) = lens.category(&found.category) else { continue };
        if i == 0 {
            profile = ProfileView {
                id: category.id.clone(),
                lens_label: lens.label.clone(),
                name: category.name.clone(),
                summary: category.summary.clone(),
                description: category.description.clone(),
                try_next: category.try_next.clone(),
                works_when: category.works_when.clone(),
                why: why(instrument, &category.name, &found.drivers),
            };
            continue;
        }
        let view = LensView {
            label: lens.label.clone(),
            name: category.name.clone(),
            text: if lens.signal { category.summary.clone() } else { category.description.clone() },
            try_next: (!lens.signal).then(|| (category.try_next.clone(), category.works_when.clone())),
            why: why(instrument, &category.name, &found.drivers),
        };
        if lens.signal {
            signals.push(view);
        } else {
            lenses.push(view);
        }
    }

    let mut dimensions = Vec::new();
    for scored in &outcome.dimensions {
        let Some(dim) = instrument.dimension(&scored.dimension) else { continue };
        let Some(level) = dim.levels.get(scored.level).or(dim.levels.last()) else { continue };
        let why = if dim.direct.is_some() {
            level_why(instrument, dim, scored, &level.name)
        } else {
            why(instrument, &level.name, &scored.drivers)
        };
        let delta = previous.and_then(|p| p.scores.get(&dim.id)).map(|old| {
            let before = dim.level_index(*old);
            let name = dim.levels.get(before).map(|l| l.name.as_str()).unwrap_or_default();
            let template = match before.cmp(&scored.level) {
                std::cmp::Ordering::Less => t.delta_up_from,
                std::cmp::Ordering::Greater => t.delta_down_from,
                std::cmp::Ordering::Equal => t.delta_same,
            };
            (before, fill(template, &[("level", name)]))
        });
        dimensions.push(DimensionView {
            id: dim.id.clone(),
            label: dim.label.clone(),
            summary: dim.summary.clone(),
            score: scored.score,
            level: level.name.clone(),
            level_text: level.text.clone(),
            level_index: scored.level,
            level_count: dim.levels.len(),
            spectrum: dim.spectrum,
            delta,
            why,
        });
    }

    let traps = outcome
        .traps
        .iter()
        .filter_map(|found| {
            let trap = instrument.trap(&found.trap)?;
            let ask = found
                .drivers
                .first()
                .and_then(|d| instrument.question_by_id(&d.question))
                .map(|p| p.question.discuss.clone());
            Some(TrapView {
                id: trap.id.clone(),
                name: trap.name.clone(),
                summary: trap.summary.clone(),
                severity: found.severity,
                active: found.active,
                badge: if found.active { t.active_trap } else { t.watch_trap },
                next_move: trap.next_move.clone(),
                works_when: trap.works_when.clone(),
                ask,
                why: why(instrument, &trap.name, &found.drivers),
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
        verdict: verdict(instrument, &outcome),
        previous: previous.map(|p| PreviousView {
            finished_at: p.finished_at,
            profile: profile_name(instrument, &p.profile),
            profile_changed: p.profile != outcome.profile(),
        }),
        previous_earlier: before.is_some() && previous.is_none(),
        profile,
        signals,
        lenses,
        dimensions,
        traps,
        reading,
    }
}

/// One of the visitor's own results, as its screen shows it.
#[derive(Debug, Clone, PartialEq)]
pub enum OwnResult {
    Current(Box<ResultView>),
    /// Made with an earlier version of the questions: a notice, not a card.
    Earlier(EarlierView),
}

/// The visitor's result `id`: its card, or the notice for an earlier version's; `None` when it
/// isn't kept.
pub fn own_result(instrument: &Instrument, session: &Session, id: u64) -> Option<OwnResult> {
    let entry = session.history.get(id)?;
    Some(if entry.instrument_version == instrument.version {
        OwnResult::Current(Box::new(result(instrument, session, entry)))
    } else {
        OwnResult::Earlier(earlier(instrument, entry))
    })
}

/// A result kept from an earlier version of the questions.
pub fn earlier(instrument: &Instrument, entry: &HistoryEntry) -> EarlierView {
    EarlierView { id: entry.id, finished_at: entry.finished_at, profile: profile_name(instrument, &entry.profile) }
}

/// Someone's shared result, scored again from its answers, with nothing of the visitor's own.
pub fn shared_result(instrument: &Instrument, shared: &crate::share::SharedResult) -> ResultView {
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
