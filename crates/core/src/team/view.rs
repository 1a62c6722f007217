//! What the team view shows, already worded: one strip per dimension, where each person lands,
//! the questions the team disagrees on most, and what was left out.

use super::paste::{Member, Pasted, SkipReason};
use super::saved::SavedTeam;
use super::spread::{dot_rows, median, spread};
use crate::instrument::Instrument;
use crate::locale::{fill, TeamStrings};
use crate::rank;
use crate::scoring;
use crate::share;
use crate::view::profile_name;

/// How many divergences the view names.
pub const DIVERGENCES: usize = 3;

const MILLIS_PER_DAY: u64 = 86_400_000;

#[derive(Debug, Clone, PartialEq)]
pub struct TeamView {
    /// How many distinct results are compared.
    pub count: usize,
    /// "Platform: 5 results compared", or without the team's name when it has none.
    pub heading: String,
    /// The team's name, if given.
    pub label: Option<String>,
    /// Whether any person was given a name, so that the page offers to show or hide names.
    pub has_names: bool,
    /// Whether names are shown; when not, everyone is "Person 3".
    pub named: bool,
    pub summary: SummaryView,
    pub strips: Vec<StripView>,
    pub members: Vec<MemberView>,
    /// The largest divergences first; empty when everyone answered alike.
    pub divergences: Vec<DivergenceView>,
    pub skipped: Vec<SkippedView>,
    pub duplicates: usize,
}

/// A team kept in the coach's browser, as its list shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedView {
    /// Its team link's code, to open it.
    pub code: String,
    /// Its name, or "A team of 5".
    pub label: String,
    pub decision: Option<String>,
    /// The day to look again, days since 1970-01-01.
    pub look_again_on: Option<u32>,
}

/// The teams kept in the coach's browser, as the list shows them.
pub fn saved_views(instrument: &Instrument, saved: &[SavedTeam]) -> Vec<SavedView> {
    let t = instrument.strings().team();
    saved
        .iter()
        .map(|s| SavedView {
            code: s.code.clone(),
            label: s
                .team
                .label
                .clone()
                .unwrap_or_else(|| fill(t.saved_unnamed, &[("count", &s.team.members.len().to_string())])),
            decision: s.team.decision.as_ref().map(|d| d.text.clone()).filter(|text| !text.is_empty()),
            look_again_on: s.team.decision.as_ref().and_then(|d| d.look_again_on),
        })
        .collect()
}

/// How many people share something: "3 of 5", what it is, and who, when names are shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountView {
    pub count: String,
    pub people: usize,
    pub label: String,
    /// The people's names, in the order pasted; empty when names are hidden or not given.
    pub who: Vec<String>,
}

/// What the team as a whole said, for the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryView {
    /// The kinds of team people named, most named first.
    pub kinds: Vec<CountView>,
    /// When people named more than one kind: what to say about it, and the conversation to have.
    pub kind_split: Option<KindSplitView>,
    /// "Everyone sees a Platform team." when they agree.
    pub kinds_agree: Option<String>,
    /// The traps that people's answers set off, the most shared first.
    pub traps: Vec<CountView>,
    /// The dimensions where people put the team at different levels, the widest apart first, at
    /// most [`SPLITS`].
    pub splits: Vec<LevelSplitView>,
    /// The moves people's results suggest most often, at most [`MOVES`].
    pub moves: Vec<MoveView>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KindSplitView {
    pub title: String,
    pub text: String,
    pub ask: &'static str,
}

/// A dimension on which people put the team at different levels: how many at each level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelSplitView {
    pub dimension: String,
    pub label: String,
    pub levels: Vec<CountView>,
}

/// A move some people's results suggest: the move, why (the trap or kind behind it), how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveView {
    pub text: String,
    pub from: String,
    pub count: String,
    pub people: usize,
}

/// One dimension: each person's score in the order pasted, where the team sits, and the
/// dimension's levels as bands.
#[derive(Debug, Clone, PartialEq)]
pub struct StripView {
    pub id: String,
    pub label: String,
    pub spectrum: bool,
    pub scores: Vec<u8>,
    /// The row of each score's dot, so that close dots stack instead of hiding each other.
    pub rows: Vec<usize>,
    /// Who each dot is, in the same order ("Maria", or "Person 2").
    pub who: Vec<String>,
    pub median: u8,
    /// The level bands, lowest first; together they cover 0 to 100.
    pub bands: Vec<BandView>,
    /// "median 62, Implicit · 30 to 85".
    pub value: String,
    /// Every person's score and level, for screen readers.
    pub scores_text: String,
}

/// One level of a dimension, as a band of the strip: scores `from` up to, not including, `to`
/// (101 for the last).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandView {
    pub from: u8,
    pub to: u8,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct MemberView {
    /// The name given, or "Person 3", numbered in the order pasted.
    pub name: String,
    /// When the result was taken, in ms since the epoch (a whole day).
    pub finished_at: u64,
    pub profile: String,
    /// The person's result as a result link's code, to open their card.
    pub result_code: String,
}

/// A question the team answered far apart, with how many chose what and a conversation to have.
#[derive(Debug, Clone, PartialEq)]
pub struct DivergenceView {
    pub question: String,
    pub short: String,
    pub prompt: String,
    /// 0 (all alike) to 100 (everyone at the two most different answers).
    pub spread: u8,
    /// How many chose each answer ("2 of 5"), most chosen first.
    pub answers: Vec<CountView>,
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
        SkipReason::PastTheEnd => t.skip_past_the_end,
    }
}

/// The people's names as shown, in the order pasted.
struct People<'a> {
    shown: Vec<String>,
    /// Whether their names are shown (and not "Person 3").
    named: bool,
    total: String,
    t: &'a TeamStrings,
}

impl People<'_> {
    /// "3 of 5" people, what they share, and who they are when named.
    fn count(&self, label: String, who: &[usize]) -> CountView {
        CountView {
            count: fill(self.t.answer_count, &[("count", &who.len().to_string()), ("total", &self.total)]),
            people: who.len(),
            label,
            who: if self.named { who.iter().filter_map(|&i| self.shown.get(i).cloned()).collect() } else { Vec::new() },
        }
    }
}

/// The people at each of `keys`' values, in the order the values first appear, most people first.
fn grouped<K: PartialEq + Clone>(keys: impl IntoIterator<Item = K>) -> Vec<(K, Vec<usize>)> {
    let mut groups: Vec<(K, Vec<usize>)> = Vec::new();
    for (person, key) in keys.into_iter().enumerate() {
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, people)) => people.push(person),
            None => groups.push((key, vec![person])),
        }
    }
    rank::by_key_desc(&mut groups, |(_, people)| people.len() as i64);
    groups
}

fn bands(dim: &crate::instrument::Dimension) -> Vec<BandView> {
    dim.levels
        .iter()
        .enumerate()
        .map(|(i, level)| BandView {
            from: level.from,
            to: dim.levels.get(i + 1).map_or(101, |next| next.from),
            name: level.name.clone(),
        })
        .collect()
}

fn strips(instrument: &Instrument, outcomes: &[scoring::Outcome], people: &People<'_>) -> Vec<StripView> {
    let t = people.t;
    instrument
        .dimensions
        .iter()
        .map(|dim| {
            let scores: Vec<u8> = outcomes.iter().map(|o| o.dimension(&dim.id).map_or(0, |d| d.score)).collect();
            let level = |score: u8| dim.levels.get(dim.level_index(score)).map(|l| l.name.as_str()).unwrap_or_default();
            let middle = median(&scores);
            let low = scores.iter().min().copied().unwrap_or(0);
            let high = scores.iter().max().copied().unwrap_or(0);
            let listed = scores
                .iter()
                .zip(&people.shown)
                .map(|(score, who)| {
                    fill(t.strip_person, &[("who", who), ("score", &score.to_string()), ("level", level(*score))])
                })
                .collect::<Vec<_>>()
                .join("; ");
            StripView {
                id: dim.id.clone(),
                label: dim.label.clone(),
                spectrum: dim.spectrum,
                rows: dot_rows(&scores),
                who: people.shown.clone(),
                median: middle,
                bands: bands(dim),
                value: fill(
                    t.strip_value,
                    &[
                        ("median", &middle.to_string()),
                        ("level", level(middle)),
                        ("low", &low.to_string()),
                        ("high", &high.to_string()),
                    ],
                ),
                scores_text: fill(t.strip_scores, &[("scores", &listed)]),
                scores,
            }
        })
        .collect()
}

/// The kinds people named, with a callout when they differ.
fn kinds(instrument: &Instrument, outcomes: &[scoring::Outcome], people: &People<'_>) -> SummaryView {
    let t = people.t;
    let kinds: Vec<CountView> = grouped(outcomes.iter().map(|o| o.profile().to_owned()))
        .into_iter()
        .map(|(kind, who)| people.count(profile_name(instrument, &kind), &who))
        .collect();
    let (kind_split, kinds_agree) = match kinds.as_slice() {
        [] => (None, None),
        [one] => (None, Some(fill(t.kinds_agree, &[("kind", &one.label)]))),
        many => {
            let said: Vec<String> = many
                .iter()
                .map(|k| fill(t.kind_said, &[("count", &k.people.to_string()), ("kind", &k.label)]))
                .collect();
            let split = KindSplitView {
                title: t.kinds_split_title.to_owned(),
                text: fill(t.kinds_split, &[("kinds", &said.join(", "))]),
                ask: t.kinds_split_ask,
            };
            (Some(split), None)
        }
    };
    SummaryView { kinds, kind_split, kinds_agree, traps: Vec::new(), splits: Vec::new(), moves: Vec::new() }
}

/// How many moves the summary names.
pub const MOVES: usize = 3;
/// How many of the dimensions where the team splits the summary names, the widest apart first.
pub const SPLITS: usize = 3;

fn summary(instrument: &Instrument, outcomes: &[scoring::Outcome], people: &People<'_>) -> SummaryView {
    let mut summary = kinds(instrument, outcomes, people);
    summary.traps = instrument
        .traps
        .iter()
        .filter_map(|trap| {
            let who: Vec<usize> = outcomes
                .iter()
                .enumerate()
                .filter(|(_, o)| o.trap(&trap.id).is_some_and(|found| found.active))
                .map(|(i, _)| i)
                .collect();
            (!who.is_empty()).then(|| people.count(trap.name.clone(), &who))
        })
        .collect();
    rank::by_key_desc(&mut summary.traps, |c| c.people as i64);

    let mut splits: Vec<(usize, LevelSplitView)> = instrument
        .dimensions
        .iter()
        .filter_map(|dim| {
            let levels: Vec<usize> = outcomes.iter().map(|o| o.dimension(&dim.id).map_or(0, |d| d.level)).collect();
            let gap = levels.iter().max()? - levels.iter().min()?;
            if gap == 0 {
                return None;
            }
            let mut at: Vec<(usize, Vec<usize>)> = grouped(levels.iter().copied());
            at.sort_by_key(|(level, _)| *level);
            let levels = at
                .into_iter()
                .map(|(level, who)| {
                    people.count(dim.levels.get(level).map(|l| l.name.clone()).unwrap_or_default(), &who)
                })
                .collect();
            Some((gap, LevelSplitView { dimension: dim.id.clone(), label: dim.label.clone(), levels }))
        })
        .collect();
    rank::by_key_desc(&mut splits, |(gap, _)| *gap as i64);
    summary.splits = splits.into_iter().take(SPLITS).map(|(_, split)| split).collect();

    // Each person's moves: their kind's next step, and each active trap's.
    let moves = outcomes.iter().map(|o| {
        let kind = instrument
            .lenses
            .first()
            .and_then(|lens| lens.category(o.profile()))
            .map(|c| (c.try_next.clone(), c.name.clone()));
        let traps = o
            .all_traps
            .iter()
            .filter(|found| found.active)
            .filter_map(|found| instrument.trap(&found.trap))
            .map(|trap| (trap.next_move.clone(), trap.name.clone()));
        kind.into_iter().chain(traps).collect::<Vec<_>>()
    });
    let mut counted: Vec<((String, String), usize)> = Vec::new();
    for person in moves {
        for one in person {
            match counted.iter_mut().find(|(m, _)| *m == one) {
                Some((_, n)) => *n += 1,
                None => counted.push((one, 1)),
            }
        }
    }
    rank::by_key_desc(&mut counted, |(_, n)| *n as i64);
    summary.moves = counted
        .into_iter()
        .take(MOVES)
        .map(|((text, from), n)| MoveView {
            text,
            from,
            count: fill(people.t.answer_count, &[("count", &n.to_string()), ("total", &people.total)]),
            people: n,
        })
        .collect();
    summary
}

fn divergences(instrument: &Instrument, members: &[Member], people: &People<'_>) -> Vec<DivergenceView> {
    let mut found: Vec<DivergenceView> = instrument
        .questions()
        .filter_map(|placed| {
            let picks: Vec<Option<usize>> =
                members.iter().map(|m| m.answers.choice_index(instrument, placed.index)).collect();
            let answered: Vec<usize> = picks.iter().flatten().copied().collect();
            let spread = spread(instrument, placed.question, &answered);
            if spread == 0 {
                return None;
            }
            let mut counts: Vec<(usize, Vec<usize>)> = (0..placed.question.options.len())
                .map(|option| (option, (0..picks.len()).filter(|&i| picks[i] == Some(option)).collect::<Vec<_>>()))
                .filter(|(_, who)| !who.is_empty())
                .collect();
            // Most chosen first; equal counts keep the question's order (a stable sort).
            rank::by_key_desc(&mut counts, |(_, who)| who.len() as i64);
            Some(DivergenceView {
                question: placed.question.id.clone(),
                short: placed.question.short.clone(),
                prompt: placed.question.prompt.clone(),
                spread,
                answers: counts
                    .iter()
                    .map(|(option, who)| {
                        let label = placed.question.options.get(*option).map(|o| o.label.clone()).unwrap_or_default();
                        people.count(label, who)
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

/// The team view of what was pasted, with names shown when `named` (and given). With fewer than
/// two results it still lists what was left out; the page then asks for more.
pub fn team_view(instrument: &Instrument, pasted: &Pasted, named: bool) -> TeamView {
    let t = instrument.strings().team();
    let outcomes: Vec<scoring::Outcome> =
        pasted.members.iter().map(|m| scoring::score(instrument, &m.answers)).collect();
    let has_names = pasted.members.iter().any(|m| m.name.is_some());
    let people = People {
        shown: pasted
            .members
            .iter()
            .enumerate()
            .map(|(i, m)| match (&m.name, named) {
                (Some(name), true) => name.clone(),
                _ => fill(t.member, &[("number", &(i + 1).to_string())]),
            })
            .collect(),
        named: named && has_names,
        total: pasted.members.len().to_string(),
        t,
    };
    let members = pasted
        .members
        .iter()
        .zip(&outcomes)
        .zip(&people.shown)
        .map(|((member, outcome), name)| MemberView {
            name: name.clone(),
            finished_at: u64::from(member.finished_on) * MILLIS_PER_DAY,
            profile: profile_name(instrument, outcome.profile()),
            result_code: share::encode(
                &share::SharedResult {
                    instrument_id: instrument.id.clone(),
                    instrument_version: instrument.version,
                    finished_on: member.finished_on,
                    tag: member.tag,
                    answers: member.answers.clone(),
                },
                instrument,
            ),
        })
        .collect();
    let count = pasted.members.len().to_string();
    let heading = match &pasted.label {
        Some(team) => fill(t.heading_team, &[("team", team), ("count", &count)]),
        None => fill(t.heading, &[("count", &count)]),
    };
    TeamView {
        count: pasted.members.len(),
        heading,
        label: pasted.label.clone(),
        has_names,
        named: people.named,
        summary: summary(instrument, &outcomes, &people),
        strips: strips(instrument, &outcomes, &people),
        divergences: divergences(instrument, &pasted.members, &people),
        members,
        skipped: pasted
            .skipped
            .iter()
            // With names hidden, a skipped piece shows without its name, and a name alone not at all.
            .filter_map(|s| {
                let text = match (&s.name, named) {
                    (Some(name), true) if s.text.is_empty() => name.clone(),
                    (Some(name), true) => format!("{name}: {}", s.text),
                    _ if s.text.is_empty() => return None,
                    _ => s.text.clone(),
                };
                Some(SkippedView { text, reason: reason(t, s.reason) })
            })
            .collect(),
        duplicates: pasted.duplicates,
    }
}
