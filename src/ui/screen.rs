//! Shows the read-only screens (intro, resume, review, result) from their markup trees.

use leptos::prelude::*;

use crate::core::arrival::Arrival;
use crate::core::{invite, view};
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
        let t = ctx.instrument.strings();
        let model_url = ctx.model_url.get_value();
        let page = Page { uid: &uid, t, date: &date, model_url: model_url.as_deref() };
        let tree = ctx.arrival.with(|arrived| match arrived {
            Arrival::Own => ctx.share.with(|shared| {
                ctx.coach.with_value(|coach| {
                    ctx.session.with(|s| {
                        let mail = coach.as_ref().and_then(|c| {
                            let link = ctx.link(s)?;
                            let profile = view::result_profile(ctx.instrument, s)?;
                            Some((invite::send_label(t, c), invite::mailto(t, c, &profile, &link)))
                        });
                        let ui = ShareUi {
                            can_share: clipboard::can_share(),
                            status: shared.status,
                            manual_link: shared.manual_link.as_deref(),
                            coach: coach.as_ref(),
                            send_to: mail.as_ref().map(|(label, href)| (label.as_str(), href.as_str())),
                        };
                        screens::screen(ctx.instrument, s, &page, &ui)
                    })
                })
            }),
            Arrival::Shared(result) => {
                Some(screens::result(&page, &view::shared_result(ctx.instrument, result), ResultMode::Shared))
            }
            Arrival::Earlier { .. } => Some(screens::earlier_link(t)),
            Arrival::Damaged(error) => Some(screens::damaged(t, t.damaged(error))),
        });
        if let (Some(host), Some(tree)) = (host.get(), tree) {
            if let Err(error) = dom::replace_children(&host, &tree) {
                web_sys::console::error_2(&"Context Check could not draw the screen:".into(), &error);
            }
        }
    });
    view! { <div class="cc-markup" node_ref=host></div> }
}
