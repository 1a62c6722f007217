//! What the team view shows, already worded: one strip per dimension, where each person lands,
//! the questions the team disagrees on most, and what was left out.

use super::paste::{Member, Pasted, SkipReason};
use super::spread::{dot_rows, median, spread};
use crate::instrument::Instrument;
use crate::locale::{fill, TeamStrings};
use crate::rank;
use crate::scoring;
use crate::view::profile_name;

/// How many divergences the view names.
pub const DIVERGENCES: usize = 3;

const MILLIS_PER_DAY: u64 = 86_400_000;

#[derive(Debug, Clone, PartialEq)]
pub struct TeamView {
    /// How many distinct results are compared.
    pub count: usize,
    pub strips: Vec<StripView>,
    pub members: Vec<MemberView>,
    /// The largest divergences first; empty when everyone answered alike.
    pub divergences: Vec<DivergenceView>,
    pub skipped: Vec<SkippedView>,
    pub duplicates: usize,
}

/// One dimension: each person's score in the order pasted, and where the team sits.
#[derive(Debug, Clone, PartialEq)]
pub struct StripView {
    pub id: String,
    pub label: String,
    pub spectrum: bool,
    pub scores: Vec<u8>,
    /// The row of each score's dot, so that close dots stack instead of hiding each other.
    pub rows: Vec<usize>,
    pub median: u8,
    /// "median 62 · 30 to 85".
    pub value: String,
    /// Every score, for screen readers.
    pub scores_text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MemberView {
    /// "Result 3", numbered in the order pasted.
    pub name: String,
    /// When the result was taken, in ms since the epoch (a whole day).
    pub finished_at: u64,
    pub profile: String,
}

/// A question the team answered far apart, with how many chose what and a conversation to have.
#[derive(Debug, Clone, PartialEq)]
pub struct DivergenceView {
    pub question: String,
    pub short: String,
    pub prompt: String,
    /// 0 (all alike) to 100 (everyone at the two most different answers).
    pub spread: u8,
    /// "2 of 5" and the answer, most chosen first.
    pub answers: Vec<(String, String)>,
    pub discuss: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SkippedView {
    pub text: String,
    pub reason: &'static str,
}

fn reason(t: &TeamStrings, reason: SkipReason) -> &'static str {
    match reason {
        SkipReason::NotALink => t.skip_not_a_link,
        SkipReason::Damaged => t.skip_damaged,
        SkipReason::EarlierVersion => t.skip_earlier_version,
        SkipReason::OtherVersion => t.skip_other_version,
        SkipReason::OtherQuestionnaire => t.skip_other_questionnaire,
        SkipReason::TooMany => t.skip_too_many,
    }
}

fn strips(instrument: &Instrument, outcomes: &[scoring::Outcome]) -> Vec<StripView> {
    let t = instrument.strings().team();
    instrument
        .dimensions
        .iter()
        .map(|dim| {
            let scores: Vec<u8> = outcomes.iter().map(|o| o.dimension(&dim.id).map_or(0, |d| d.score)).collect();
            let middle = median(&scores);
            let low = scores.iter().min().copied().unwrap_or(0);
            let high = scores.iter().max().copied().unwrap_or(0);
            let listed = scores.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
            StripView {
                id: dim.id.clone(),
                label: dim.label.clone(),
                spectrum: dim.spectrum,
                rows: dot_rows(&scores),
                median: middle,
                value: fill(
                    t.strip_value,
                    &[("median", &middle.to_string()), ("low", &low.to_string()), ("high", &high.to_string())],
                ),
                scores_text: fill(t.strip_scores, &[("scores", &listed)]),
                scores,
            }
        })
        .collect()
}

fn divergences(instrument: &Instrument, members: &[Member]) -> Vec<DivergenceView> {
    let t = instrument.strings().team();
    let total = members.len().to_string();
    let mut found: Vec<DivergenceView> = instrument
        .questions()
        .filter_map(|placed| {
            let picks: Vec<usize> =
                members.iter().filter_map(|m| m.answers.choice_index(instrument, placed.index)).collect();
            let spread = spread(instrument, placed.question, &picks);
            if spread == 0 {
                return None;
            }
            let mut counts: Vec<(usize, usize)> = placed
                .question
                .options
                .iter()
                .enumerate()
                .map(|(option, _)| (option, picks.iter().filter(|&&p| p == option).count()))
                .filter(|(_, n)| *n > 0)
                .collect();
            // Most chosen first; equal counts keep the question's order (a stable sort).
            rank::by_key_desc(&mut counts, |(_, n)| *n as i64);
            Some(DivergenceView {
                question: placed.question.id.clone(),
                short: placed.question.short.clone(),
                prompt: placed.question.prompt.clone(),
                spread,
                answers: counts
                    .iter()
                    .map(|(option, n)| {
                        let label = placed.question.options.get(*option).map(|o| o.label.clone()).unwrap_or_default();
                        (fill(t.answer_count, &[("count", &n.to_string()), ("total", &total)]), label)
                    })
                    .collect(),
                discuss: placed.question.discuss.clone(),
            })
        })
        .collect();
    // Widest apart first; equal spreads keep the questionnaire's order.
    rank::by_key_desc(&mut found, |d| i64::from(d.spread));
    found.truncate(DIVERGENCES);
    found
}

/// The team view of what was pasted. With fewer than two results it still lists what was left
/// out; the page then asks for more.
pub fn team_view(instrument: &Instrument, pasted: &Pasted) -> TeamView {
    let t = instrument.strings().team();
    let outcomes: Vec<scoring::Outcome> =
        pasted.members.iter().map(|m| scoring::score(instrument, &m.answers)).collect();
    let members = pasted
        .members
        .iter()
        .zip(&outcomes)
        .enumerate()
        .map(|(i, (member, outcome))| MemberView {
            name: fill(t.member, &[("number", &(i + 1).to_string())]),
            finished_at: u64::from(member.finished_on) * MILLIS_PER_DAY,
            profile: profile_name(instrument, outcome.profile()),
        })
        .collect();
    TeamView {
        count: pasted.members.len(),
        strips: strips(instrument, &outcomes),
        members,
        divergences: divergences(instrument, &pasted.members),
        skipped: pasted
            .skipped
            .iter()
            .map(|s| SkippedView { text: s.text.clone(), reason: reason(t, s.reason) })
            .collect(),
        duplicates: pasted.duplicates,
    }
}
