//! After a reload part-way: continue, or start over.

use leptos::prelude::*;

use crate::core::session::Event;
use crate::core::view;
use crate::ui::context::use_ctx;
use crate::ui::controls::{button, PRIMARY};

#[component]
pub fn Resume() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let v = Memo::new(move |_| ctx.session.with(|s| view::resume(ctx.instrument, s)));
    view! {
        <section class="cc-screen cc-resume">
            <h2 class="cc-title" tabindex="-1" data-step-heading="">{t.resume_title}</h2>
            <p>{move || v.get().message}</p>
            <div class="cc-actions">
                {button(t.continue_.into(), PRIMARY, Some("continue".into()), Event::Continue.into())}
                {button(t.start_over.into(), "cc-button", Some("start-over".into()), Event::StartOver.into())}
            </div>
        </section>
    }
}
