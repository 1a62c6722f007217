//! Shows the read-only screens (intro, resume, review, result) from their markup trees.

use leptos::prelude::*;

use crate::core::arrival::Arrival;
use crate::core::{copy, view};
use crate::markup::screens::{self, Page, ResultMode, ShareUi};
use crate::shell::{clipboard, clock, dom};
use crate::ui::app::use_ctx;

#[component]
pub fn MarkupScreen() -> impl IntoView {
    let ctx = use_ctx();
    let host = NodeRef::<leptos::html::Div>::new();
    let uid = ctx.id("m");
    Effect::new(move |_| {
        let date = |ms: u64| clock::format_date(ms);
        let page = Page { uid: &uid, date: &date };
        let tree = ctx.arrival.with(|arrived| match arrived {
            Arrival::Own => ctx.share.with(|shared| {
                let ui = ShareUi {
                    can_share: clipboard::can_share(),
                    status: shared.status,
                    manual_link: shared.manual_link.as_deref(),
                };
                ctx.session.with(|s| screens::screen(ctx.instrument, s, &page, &ui))
            }),
            Arrival::Shared(result) => {
                Some(screens::result(&page, &view::shared_result(ctx.instrument, result), ResultMode::Shared))
            }
            Arrival::Damaged(error) => Some(screens::damaged(copy::damaged(error))),
        });
        if let (Some(host), Some(tree)) = (host.get(), tree) {
            if let Err(error) = dom::replace_children(&host, &tree) {
                web_sys::console::error_2(&"Context Check could not draw the screen:".into(), &error);
            }
        }
    });
    view! { <div class="cc-markup" node_ref=host></div> }
}
