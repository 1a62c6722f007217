//! The team at a glance, at the top of the comparison: the kinds of team people see (with a
//! callout when they differ), the traps people share, the dimensions where the team splits, and
//! the moves that come up most.

use leptos::prelude::*;

use super::{subtitle, use_team, TeamAction, QUIET};
use crate::core::locale::TeamStrings;
use crate::core::team::{CountView, KindSplitView, LevelSplitView, MoveView, SummaryView};

/// "3 of 5  Platform  (Maria, Jo, Sam)".
pub fn counted(item: &CountView) -> impl IntoView + use<> {
    let who = (!item.who.is_empty()).then(|| view! { <span class="cc-team__who-list">{item.who.join(", ")}</span> });
    view! {
        <li class="cc-team__count" data-testid="team-count" data-people=item.people.to_string()>
            <strong>{item.count.clone()}</strong>" "<span>{item.label.clone()}</span>" "{who}
        </li>
    }
}

fn kind_split(split: &KindSplitView) -> impl IntoView + use<> {
    view! {
        <div class="cc-callout cc-team__kind-split" role="note" data-testid="kind-split">
            <p class="cc-callout__title">{split.title.clone()}</p>
            <p>{split.text.clone()}</p>
            <p><strong>{split.ask}</strong></p>
        </div>
    }
}

fn level_split(split: &LevelSplitView) -> impl IntoView + use<> {
    view! {
        <li class="cc-team__split" data-testid="level-split" data-dimension=split.dimension.clone()>
            <span class="cc-team__split-label">{split.label.clone()}</span>
            <ul class="cc-team__counts">{split.levels.iter().map(counted).collect_view()}</ul>
        </li>
    }
}

fn a_move(tt: &'static TeamStrings, index: usize, item: &MoveView) -> impl IntoView + use<> {
    let ctx = use_team();
    view! {
        <li class="cc-team__move" data-testid="team-move" data-people=item.people.to_string()>
            <p>{item.text.clone()}</p>
            <p class="cc-note"><strong>{item.count.clone()}</strong>" · "{item.from.clone()}</p>
            <button type="button" class=QUIET data-testid="pick-move" on:click=move |_| ctx.act(TeamAction::PickMove(index))>
                {tt.pick_move}
            </button>
        </li>
    }
}

/// A part of the summary: its heading, and its list or what to say when the list is empty.
fn part(heading: &'static str, empty: &'static str, testid: &'static str, items: AnyView, none: bool) -> AnyView {
    let body = if none { view! { <p class="cc-note">{empty}</p> }.into_any() } else { items };
    view! {
        <div class="cc-team__part" data-testid=testid>
            <h4 class="cc-team__question">{heading}</h4>
            {body}
        </div>
    }
    .into_any()
}

pub fn summary(tt: &'static TeamStrings, s: &SummaryView) -> impl IntoView + use<> {
    let kinds = view! {
        <ul class="cc-team__counts">{s.kinds.iter().map(counted).collect_view()}</ul>
        {s.kind_split.as_ref().map(kind_split)}
        {s.kinds_agree.clone().map(|said| view! { <p>{said}</p> })}
    }
    .into_any();
    let traps = view! { <ul class="cc-team__counts">{s.traps.iter().map(counted).collect_view()}</ul> }.into_any();
    let splits =
        view! { <ul class="cc-team__splits">{s.splits.iter().map(level_split).collect_view()}</ul> }.into_any();
    let moves = view! {
        <ol class="cc-team__moves">{s.moves.iter().enumerate().map(|(i, m)| a_move(tt, i, m)).collect_view()}</ol>
    }
    .into_any();
    view! {
        <section class="cc-result__section cc-team__summary" data-testid="team-summary">
            {subtitle(tt.summary_heading)}
            {part(tt.kinds_heading, "", "team-kinds", kinds, false)}
            {part(tt.traps_heading, tt.traps_none, "team-traps", traps, s.traps.is_empty())}
            {part(tt.splits_heading, tt.splits_none, "team-splits", splits, s.splits.is_empty())}
            {part(tt.moves_heading, "", "team-moves", moves, false)}
        </section>
    }
}
