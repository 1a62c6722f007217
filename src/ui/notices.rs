//! Quiet, one-time notices about storage.

use leptos::prelude::*;

use crate::ui::context::use_ctx;

#[component]
pub fn Notices() -> impl IntoView {
    let ctx = use_ctx();
    // Only redrawn when a notice is added, not on every answer.
    let notices = Memo::new(move |_| ctx.session.with(|s| s.notices.clone()));
    move || {
        notices
            .get()
            .into_iter()
            .map(|notice| view! { <p class="cc-notice" role="status" data-testid="notice">{ctx.instrument.strings().notice(notice)}</p> })
            .collect_view()
    }
}
