//! The team view as a 30-minute conversation: the topics of session mode, one per page on a
//! shared screen (the summary, each wide split with its prompt, then what the team will try), and
//! the agenda of the printed facilitation guide (context 5 minutes, splits 15, one move 10).

use super::view::TeamView;
use crate::locale::{fill, TeamStrings};

/// One page of session mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Topic {
    /// The team at a glance: the kinds, the traps, the splits.
    Context,
    /// The divergence at this index of [`TeamView::divergences`].
    Split(usize),
    /// What will we try.
    Decide,
}

/// The pages of session mode, in order.
pub fn topics(view: &TeamView) -> Vec<Topic> {
    std::iter::once(Topic::Context)
        .chain((0..view.divergences.len()).map(Topic::Split))
        .chain(std::iter::once(Topic::Decide))
        .collect()
}

/// "Topic 2 of 5".
pub fn step_count(t: &TeamStrings, index: usize, total: usize) -> String {
    fill(t.session_step, &[("number", &(index + 1).to_string()), ("total", &total.to_string())])
}

/// One part of the agenda: how long, what, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaItem {
    pub minutes: u8,
    pub title: &'static str,
    pub text: &'static str,
}

/// The 30 minutes: context 5, splits 15, one move 10.
pub fn agenda(t: &'static TeamStrings) -> [AgendaItem; 3] {
    [
        AgendaItem { minutes: 5, title: t.agenda_context, text: t.agenda_context_text },
        AgendaItem { minutes: 15, title: t.agenda_splits, text: t.agenda_splits_text },
        AgendaItem { minutes: 10, title: t.agenda_move, text: t.agenda_move_text },
    ]
}

/// "5 min".
pub fn minutes(t: &TeamStrings, minutes: u8) -> String {
    fill(t.minutes, &[("minutes", &minutes.to_string())])
}
