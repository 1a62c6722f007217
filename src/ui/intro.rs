//! The intro: what this is, how long it takes, privacy, start; the coach's note; earlier results.

use leptos::prelude::*;

use crate::core::session::Event;
use crate::core::share::CoachInvite;
use crate::core::view;
use crate::ui::context::use_ctx;
use crate::ui::controls::{button, PRIMARY};
use crate::ui::history::{Forget, History};

/// A coach's note to the team, all of it set as text; names are isolated (`bdi`) so that
/// right-to-left text can't reorder what is around them.
fn coach_note(invite: &CoachInvite) -> impl IntoView {
    let t = use_ctx().instrument.strings();
    let team = invite.team.clone().map(|team| view! { {t.note_for}<bdi data-testid="coach-team">{team}</bdi> });
    let message = (!invite.message.is_empty())
        .then(|| view! { <p class="cc-coach__message" dir="auto">{invite.message.clone()}</p> });
    view! {
        <aside class="cc-coach" data-testid="coach-note">
            <p class="cc-eyebrow">{t.note_from}<bdi data-testid="coach-name">{invite.coach.clone()}</bdi>{team}</p>
            {message}
        </aside>
    }
}

#[component]
pub fn Intro() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let intro = Memo::new(move |_| ctx.session.with(|s| view::intro(ctx.instrument, s)));
    let started = Memo::new(move |_| intro.with(|v| v.started));
    let stored = Memo::new(move |_| intro.with(|v| v.stored));
    let v = intro.get_untracked();
    let coach = ctx.page.with_value(|page| page.coach.as_ref().map(coach_note));
    view! {
        <section class="cc-screen cc-intro">
            <p class="cc-eyebrow">{v.length}</p>
            <h2 class="cc-title" tabindex="-1" data-step-heading="">{v.title}</h2>
            {coach}
            <p class="cc-lead">{v.tagline}</p>
            <p>{v.intro}</p>
            <p class="cc-privacy">{t.privacy}</p>
            <div class="cc-actions">
                {move || {
                    let label = if started.get() { t.continue_ } else { t.start };
                    button(label.into(), PRIMARY, Some("start".into()), Event::Begin.into())
                }}
            </div>
            <History current=None/>
            {move || stored.get().then(|| view! { <Forget/> })}
        </section>
    }
}
