//! The result card's share actions: copy the link, the system share sheet, and the card as an
//! image. They act in the browser only; the session is not changed.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::core::arrival;
use crate::core::instrument::Instrument;
use crate::core::session::{Session, Step};
use crate::core::share::{self, SharedResult};
use crate::core::view;
use crate::markup::{card_image, to_markup_string};
use crate::shell::{clipboard, clock, download};
use crate::ui::app::Ctx;

/// What the last share action said, shown under the buttons until the screen changes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShareState {
    pub status: Option<&'static str>,
    /// The link, for copying by hand when the browser refused to copy it.
    pub manual_link: Option<String>,
}

/// The link to the result on screen: the page's address with the result in our fragment key.
pub fn current_link(instrument: &Instrument, session: &Session, base: &str, key: &str) -> Option<String> {
    let Step::Result { id } = session.step else { return None };
    let entry = session.history.get(id)?;
    let code = share::encode(&SharedResult::from_history(instrument, entry), instrument);
    Some(arrival::link_to(base, key, &code))
}

/// The result on screen as an SVG document and a file name stem.
fn card_svg(ctx: Ctx) -> Option<(String, String)> {
    ctx.session.with_untracked(|s| {
        let Step::Result { id } = s.step else { return None };
        let entry = s.history.get(id)?;
        let v = view::result(ctx.instrument, s, entry);
        let svg = to_markup_string(&card_image::card_image(
            ctx.instrument.strings(),
            &v,
            &clock::format_date(entry.finished_at),
        ));
        Some((svg, format!("context-check-{}", v.profile.id)))
    })
}

fn say(ctx: Ctx, status: &'static str, manual_link: Option<String>) {
    ctx.share.set(ShareState { status: Some(status), manual_link });
}

async fn copy_or_show(ctx: Ctx, link: String) {
    if clipboard::copy_text(&link).await {
        say(ctx, ctx.instrument.strings().link_copied, None);
    } else {
        say(ctx, ctx.instrument.strings().copy_by_hand, Some(link));
    }
}

/// Handles a share action; false when `action` is not one.
pub fn handle(ctx: Ctx, action: &str) -> bool {
    let link = || ctx.session.with_untracked(|s| ctx.link(s));
    match action {
        "copy-link" => {
            if let Some(link) = link() {
                spawn_local(copy_or_show(ctx, link));
            }
        }
        "share" => {
            if let Some(link) = link() {
                spawn_local(async move {
                    let name =
                        ctx.session.with_untracked(|s| view::result_profile(ctx.instrument, s)).unwrap_or_default();
                    if !clipboard::share(ctx.instrument.strings().share_title, &name, &link).await {
                        copy_or_show(ctx, link).await;
                    }
                });
            }
        }
        "download-svg" => {
            if let Some((svg, stem)) = card_svg(ctx) {
                if !download::save_svg(&svg, &format!("{stem}.svg")) {
                    say(ctx, ctx.instrument.strings().image_failed, None);
                }
            }
        }
        "download-png" => {
            if let Some((svg, stem)) = card_svg(ctx) {
                spawn_local(async move {
                    let saved =
                        download::save_png(&svg, card_image::WIDTH, card_image::HEIGHT, &format!("{stem}.png")).await;
                    if !saved {
                        say(ctx, ctx.instrument.strings().image_failed, None);
                    }
                });
            }
        }
        _ => return false,
    }
    true
}
