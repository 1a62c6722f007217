//! A result kept from an earlier version of the questions: what it said, and the way on.

use leptos::prelude::*;

use crate::core::locale::fill;
use crate::core::view::EarlierView;
use crate::ui::context::use_ctx;
use crate::ui::history::OwnFooter;

#[component]
pub fn Earlier(v: EarlierView) -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let said = fill(t.earlier_profile, &[("date", &(ctx.date)(v.finished_at)), ("profile", &v.profile)]);
    view! {
        <section class="cc-screen" data-testid="earlier-version">
            <h2 class="cc-title" tabindex="-1" data-step-heading="">{t.earlier_title}</h2>
            <p class="cc-lead">{said}</p>
            <p>{t.earlier_lead}</p>
            <OwnFooter current=v.id/>
        </section>
    }
}
