//! How a team moved since last time: an earlier team link beside the team on screen, per
//! dimension the median then and now, and, for people named in both, each one's score then and
//! now. People are matched by name only: unnamed results are counted in the medians, never
//! guessed at.

use super::paste::Member;
use super::spread::median;
use crate::instrument::{Dimension, Instrument};
use crate::locale::fill;
use crate::scoring;
use crate::share::TeamBundle;

/// The earlier team beside the team on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareView {
    /// "Since Platform (5 results)".
    pub heading: String,
    pub dimensions: Vec<DimensionMove>,
    /// How many people were matched by name.
    pub matched: usize,
}

/// One dimension, then and now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DimensionMove {
    pub id: String,
    pub label: String,
    pub before: u8,
    pub now: u8,
    /// "median 40, Implicit → 62, Explicit".
    pub text: String,
    /// "up 22", "down 5", "no change".
    pub change: String,
    /// Each person named in both, then and now: "Maria 40 → 70".
    pub people: Vec<String>,
}

fn scores(instrument: &Instrument, members: &[Member]) -> Vec<scoring::Outcome> {
    members.iter().map(|m| scoring::score(instrument, &m.answers)).collect()
}

fn score_of(outcome: &scoring::Outcome, dim: &Dimension) -> u8 {
    outcome.dimension(&dim.id).map_or(0, |d| d.score)
}

/// The earlier team `before` beside the team `now`, with names matched when `named`.
pub fn compare(instrument: &Instrument, before: &TeamBundle, now: &[Member], named: bool) -> CompareView {
    let t = instrument.strings().team();
    let (then, current) = (scores(instrument, &before.members), scores(instrument, now));
    // People named in both, by name: (index then, index now, name).
    let pairs: Vec<(usize, usize, String)> = if named {
        now.iter()
            .enumerate()
            .filter_map(|(i, m)| {
                let name = m.name.as_ref()?;
                let j = before.members.iter().position(|b| b.name.as_ref() == Some(name))?;
                Some((j, i, name.clone()))
            })
            .collect()
    } else {
        Vec::new()
    };
    let level =
        |dim: &Dimension, score: u8| dim.levels.get(dim.level_index(score)).map(|l| l.name.clone()).unwrap_or_default();
    let dimensions = instrument
        .dimensions
        .iter()
        .map(|dim| {
            let old = median(&then.iter().map(|o| score_of(o, dim)).collect::<Vec<_>>());
            let new = median(&current.iter().map(|o| score_of(o, dim)).collect::<Vec<_>>());
            let change = match new.cmp(&old) {
                std::cmp::Ordering::Greater => fill(t.moved_up, &[("points", &(new - old).to_string())]),
                std::cmp::Ordering::Less => fill(t.moved_down, &[("points", &(old - new).to_string())]),
                std::cmp::Ordering::Equal => t.moved_none.to_owned(),
            };
            let people = pairs
                .iter()
                .filter_map(|(j, i, name)| {
                    let (a, b) = (score_of(then.get(*j)?, dim), score_of(current.get(*i)?, dim));
                    Some(fill(t.person_moved, &[("who", name), ("before", &a.to_string()), ("now", &b.to_string())]))
                })
                .collect();
            DimensionMove {
                id: dim.id.clone(),
                label: dim.label.clone(),
                before: old,
                now: new,
                text: fill(
                    t.median_moved,
                    &[
                        ("before", &old.to_string()),
                        ("before_level", &level(dim, old)),
                        ("now", &new.to_string()),
                        ("now_level", &level(dim, new)),
                    ],
                ),
                change,
                people,
            }
        })
        .collect();
    let count = before.members.len().to_string();
    let heading = match &before.label {
        Some(team) => fill(t.compare_heading_team, &[("team", team), ("count", &count)]),
        None => fill(t.compare_heading, &[("count", &count)]),
    };
    CompareView { heading, dimensions, matched: pairs.len() }
}
