//! Session mode: the team view on a shared screen, one topic per page (the summary, each wide
//! split with its prompt, then what the team will try), with the step count, Previous and Next,
//! the left and right arrow keys (and a clicker's Page Up and Page Down), and Esc to close. The
//! page behind is inert while it is open; the dialog itself takes focus when a click lands on
//! its text, so the keys keep working.

use leptos::prelude::*;

use super::decision::Decision;
use super::output::{button, divergence};
use super::summary::summary;
use super::{use_team, TeamAction, TeamCtx, PRIMARY, QUIET};
use crate::core::team::workshop::{self, Topic};
use crate::core::team::TeamView;

/// The topic a key asks for, from `at` of `total`: `None` for a key session mode doesn't use.
fn wanted(key: &str, at: usize, total: usize) -> Option<Option<usize>> {
    let last = total.saturating_sub(1);
    Some(match key {
        // Left and right, and a presenter's clicker (Page Down, Page Up); up and down still scroll.
        "ArrowRight" | "PageDown" => Some((at + 1).min(last)),
        "ArrowLeft" | "PageUp" => Some(at.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        "Escape" => None,
        _ => return None,
    })
}

fn heading(text: String) -> impl IntoView {
    view! { <h2 class="cc-title" tabindex="-1" data-session-heading="" data-testid="session-heading">{text}</h2> }
}

fn topic(ctx: TeamCtx, v: &TeamView, topic: Topic) -> AnyView {
    let t = ctx.instrument.strings();
    let tt = t.team();
    match topic {
        Topic::Context => view! { {heading(v.heading.clone())}{summary(tt, &v.summary)} }.into_any(),
        Topic::Split(index) => match v.divergences.get(index) {
            Some(split) => view! {
                {heading(tt.divergence_heading.to_owned())}
                <ol class="cc-team__divergences">{divergence(t, split)}</ol>
            }
            .into_any(),
            None => ().into_any(),
        },
        Topic::Decide => view! { {heading(tt.decision_heading.to_owned())}<Decision place="session"/> }.into_any(),
    }
}

#[component]
pub fn Session() -> impl IntoView {
    let ctx = use_team();
    let tt = ctx.instrument.strings().team();
    move || {
        let at = ctx.session.get()?;
        ctx.view.with(|v| {
            let v = v.as_ref()?;
            let topics = workshop::topics(v);
            let total = topics.len();
            let shown = *topics.get(at)?;
            let keys = move |ev: leptos::ev::KeyboardEvent| {
                if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
                    return;
                }
                if let Some(to) = wanted(&ev.key(), at, total) {
                    ev.prevent_default();
                    ctx.act(TeamAction::SessionTo(to));
                }
            };
            let previous = TeamAction::SessionTo(Some(at.saturating_sub(1)));
            let next = TeamAction::SessionTo(Some((at + 1).min(total - 1)));
            Some(view! {
                <div class="cc-team__session" role="dialog" aria-modal="true" aria-label=tt.session_label data-testid="session"
                    tabindex="-1" on:keydown=keys>
                    <div class="cc-team__session-bar">
                        <p class="cc-eyebrow" data-testid="session-step" aria-live="polite">{workshop::step_count(tt, at, total)}</p>
                        {button(tt.session_close, QUIET, "session-close", TeamAction::SessionTo(None))}
                    </div>
                    <div class="cc-team__session-topic">{topic(ctx, v, shown)}</div>
                    <div class="cc-team__session-bar">
                        <button type="button" class=QUIET data-testid="session-previous" disabled=at == 0
                            on:click=move |_| ctx.act(previous)>{tt.session_previous}</button>
                        <p class="cc-note">{tt.session_keys}</p>
                        <button type="button" class=PRIMARY data-testid="session-next" disabled=at + 1 == total
                            on:click=move |_| ctx.act(next)>{tt.session_next}</button>
                    </div>
                </div>
            })
        })
    }
}
