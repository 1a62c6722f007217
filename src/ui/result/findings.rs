//! The result's findings: lenses, traps, levels and reading, each laid out from its view model.

use leptos::prelude::*;

use crate::core::locale::Strings;
use crate::core::view::{DimensionView, LensView, ReadingView, TrapView};
use crate::ui::controls::{move_to_try, why};

pub fn lens(t: &Strings, item: &LensView) -> impl IntoView + use<> {
    let try_next = item.try_next.as_ref().map(|(text, check)| move_to_try(t, text, check));
    view! {
        <div class="cc-lens">
            <dt class="cc-lens__label">{item.label.clone()}</dt>
            <dd class="cc-lens__value">
                <strong class="cc-lens__name">{item.name.clone()}</strong>
                <span class="cc-lens__text">{item.text.clone()}</span>
                {try_next}
                {why(&item.why, None)}
            </dd>
        </div>
    }
}

/// A trap: what it is, the move with how the team will know it worked, and the question to ask
/// the team. `folded` puts the move and the question in a disclosure (for the traps after the one
/// that matters most); the name and the "why" stay in view.
pub fn trap(t: &Strings, item: &TrapView, folded: bool) -> impl IntoView + use<> {
    let ask = item.ask.as_ref().map(|ask| {
        view! { <p class="cc-trap__ask" data-testid="ask-team"><strong>{format!("{}: ", t.ask_team)}</strong>{ask.clone()}</p> }
    });
    let advice = (move_to_try(t, &item.next_move, &item.works_when), ask);
    let advice = if folded {
        view! { <details class="cc-why cc-fold"><summary>{t.what_to_try}</summary>{advice}</details> }.into_any()
    } else {
        advice.into_any()
    };
    view! {
        <li class=if item.active { "cc-trap cc-trap--active" } else { "cc-trap" } data-testid="trap" data-trap=item.id.clone()>
            <p class="cc-badge">{item.badge}</p>
            <h4 class="cc-trap__name">{item.name.clone()}</h4>
            <p class="cc-trap__summary">{item.summary.clone()}</p>
            {advice}
            {why(&item.why, None)}
        </li>
    }
}

pub fn reading(item: &ReadingView, sandboxed: bool) -> impl IntoView + use<> {
    // A sandboxed frame can't open a new tab: the title, and the address to copy.
    let title = if sandboxed {
        view! { <span class="cc-reading__link">{item.title.clone()}</span><span class="cc-reading__url">{item.url.clone()}</span> }.into_any()
    } else {
        view! { <a class="cc-reading__link" href=item.url.clone() target="_blank" rel="noopener noreferrer">{item.title.clone()}</a> }.into_any()
    };
    view! {
        <li class="cc-reading__item">
            {title}
            <span class="cc-reading__source">{item.source.clone()}</span>
            <p class="cc-reading__blurb">{item.blurb.clone()}</p>
            <p class="cc-reading__because">{item.because.clone()}</p>
        </li>
    }
}

/// One dimension: its label, its level in words, a bar with one segment per level filled up to
/// the team's (one marked segment, for a spectrum), and why. No number: levels are what the
/// answers can defend.
pub fn dimension(dim: &DimensionView) -> impl IntoView + use<> {
    let level = match &dim.delta {
        Some((_, change)) => format!("{} ({change})", dim.level),
        None => dim.level.clone(),
    };
    let segments = (0..dim.level_count)
        .map(|i| {
            let on = if dim.spectrum { i == dim.level_index } else { i <= dim.level_index };
            view! { <span class=if on { "cc-level__segment cc-level__segment--on" } else { "cc-level__segment" }></span> }
        })
        .collect_view();
    view! {
        <li class="cc-level" data-dimension=dim.id.clone() data-level=dim.level_index.to_string() data-score=dim.score.to_string()>
            <p class="cc-level__head">
                <span class="cc-level__label">{dim.label.clone()}</span>
                <strong class="cc-level__name">{level}</strong>
            </p>
            <span class=if dim.spectrum { "cc-level__bar cc-level__bar--spectrum" } else { "cc-level__bar" } aria-hidden="true">
                {segments}
            </span>
            {why(&dim.why, Some(&dim.level_text))}
        </li>
    }
}
