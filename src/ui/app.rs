//! The widget's root element: the live region, storage notices, and the screen.

use leptos::prelude::*;

use crate::core::session::ScreenKey;
use crate::core::view;
use crate::ui::context::use_ctx;
use crate::ui::notices::Notices;
use crate::ui::screen::{screen_name, Screen};

/// The whole widget, below the runtime that provides its [`crate::ui::context::Ctx`]. `root` is
/// the runtime's handle on the root element (for focus, host events and the accent).
#[component]
pub fn App(root: NodeRef<leptos::html::Div>, theme: &'static str, font: &'static str) -> impl IntoView {
    let ctx = use_ctx();
    let announcement = Memo::new(move |_| ctx.session.with(|s| view::announcement(ctx.instrument, s)));
    let screen = Memo::new(move |_| {
        ctx.arrival.with(|arrived| ctx.session.with(|s| screen_name(arrived, ScreenKey::of(ctx.instrument, s))))
    });
    view! {
        <div
            class="cc-root"
            data-theme=theme
            data-font=font
            lang=ctx.instrument.strings().lang
            data-screen=move || screen.get()
            node_ref=root
        >
            <p class="cc-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live">
                {move || announcement.get()}
            </p>
            <Notices/>
            <Screen/>
        </div>
    }
}
