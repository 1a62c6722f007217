//! The intro: what this is, how long it takes, privacy, start; the coach's note; earlier results.

use leptos::prelude::*;

use crate::core::session::Event;
use crate::core::view;
use crate::ui::coach::coach_note;
use crate::ui::context::use_ctx;
use crate::ui::controls::{button, PRIMARY};
use crate::ui::history::{Forget, History};

#[component]
pub fn Intro() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let intro = Memo::new(move |_| ctx.session.with(|s| view::intro(ctx.instrument, s)));
    let started = Memo::new(move |_| intro.with(|v| v.started));
    let stored = Memo::new(move |_| intro.with(|v| v.stored));
    let v = intro.get_untracked();
    let coach = ctx.page.with_value(|page| page.coach.as_ref().map(|invite| coach_note(invite, None)));
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
