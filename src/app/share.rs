//! The share actions, carried out: copy the link, the system share sheet, and the card as an
//! image. They act in the browser only; the session is not changed.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::runtime::Runtime;
use crate::core::session::Step;
use crate::core::view;
use crate::markup::{card_image, to_markup_string};
use crate::shell::{clipboard, clock, download};
use crate::ui::context::{Action, ShareState};

/// The result on screen as an SVG document and a file name stem.
fn card_svg(ctx: Runtime) -> Option<(String, String)> {
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

fn say(ctx: Runtime, status: &'static str, manual_link: Option<String>) {
    ctx.share.set(ShareState { status: Some(status), manual_link });
}

async fn copy_or_show(ctx: Runtime, link: String) {
    if !ctx.sandboxed && clipboard::copy_text(&link).await {
        say(ctx, ctx.instrument.strings().link_copied, None);
    } else {
        say(ctx, ctx.instrument.strings().copy_by_hand, Some(link));
    }
}

/// Carries out a share action (other actions are not this module's).
pub fn run(ctx: Runtime, action: Action) {
    let link = || ctx.session.with_untracked(|s| ctx.link(s));
    match action {
        Action::CopyLink => {
            if let Some(link) = link() {
                spawn_local(copy_or_show(ctx, link));
            }
        }
        Action::ShareSheet => {
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
        Action::DownloadSvg => {
            if let Some((svg, stem)) = card_svg(ctx) {
                if !download::save_svg(&svg, &format!("{stem}.svg")) {
                    say(ctx, ctx.instrument.strings().image_failed, None);
                }
            }
        }
        Action::DownloadPng => {
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
        Action::Session(_) | Action::Finish | Action::TakeItYourself => {}
    }
}
