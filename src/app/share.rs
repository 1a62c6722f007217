//! The share actions, carried out: copy the link, the system share sheet, the card as an image,
//! and the card printed. They act in the browser only; the session is not changed.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::runtime::Runtime;
use crate::core::arrival;
use crate::core::session::Step;
use crate::core::view;
use crate::markup::{card_image, to_markup_string};
use crate::shell::{clipboard, clock, download, print};
use crate::ui::context::{Action, ShareState};

/// The id of the result on screen.
fn on_screen(ctx: Runtime) -> Option<u64> {
    ctx.session.with_untracked(|s| match s.step {
        Step::Result { id } => Some(id),
        _ => None,
    })
}

/// The result on screen as an SVG document and a file name stem.
fn card_svg(ctx: Runtime) -> Option<(String, String)> {
    let id = on_screen(ctx)?;
    ctx.session.with_untracked(|s| {
        let entry = s.history.get(id)?;
        let v = view::result(ctx.instrument, s, entry);
        let address = arrival::address_in_words(&ctx.share_page(None));
        let svg = to_markup_string(&card_image::card_image(
            ctx.instrument.strings(),
            &v,
            &clock::format_date(entry.finished_at),
            &address,
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

/// Draws the card of result `id` as a PNG file for the share sheet, where it takes files (phones,
/// mostly), so that "Share…" can hand it over at once: a browser lets the sheet open only while
/// the reader's tap is fresh, too soon to draw the image then.
pub fn prepare_card_file(ctx: Runtime, id: u64) {
    if !ctx.can_share || ctx.card_file.with_value(|f| f.as_ref().is_some_and(|(held, _)| *held == id)) {
        return;
    }
    let Some((svg, stem)) = card_svg(ctx) else { return };
    spawn_local(async move {
        let Some(png) = download::render_png(&svg, card_image::WIDTH, card_image::HEIGHT).await else { return };
        if let Some(file) = clipboard::shareable_png(&png, &format!("{stem}.png")) {
            ctx.card_file.try_set_value(Some((id, file)));
        }
    });
}

/// Carries out a share action (other actions are not this module's).
pub fn run(ctx: Runtime, action: Action) {
    let link = || ctx.session.with_untracked(|s| ctx.link(s));
    match action {
        Action::ProfileInLink(shown) => {
            ctx.profile_in_link.set(shown);
            // What the last action said was about the other link.
            ctx.share.set(ShareState::default());
        }
        Action::CopyLink => {
            if let Some(link) = link() {
                spawn_local(copy_or_show(ctx, link));
            }
        }
        Action::ShareSheet => {
            if let Some(link) = link() {
                let id = on_screen(ctx);
                let file =
                    ctx.card_file.with_value(|f| f.clone().filter(|(held, _)| Some(*held) == id)).map(|(_, f)| f);
                spawn_local(async move {
                    let name =
                        ctx.session.with_untracked(|s| view::result_profile(ctx.instrument, s)).unwrap_or_default();
                    if !clipboard::share(ctx.instrument.strings().share_title, &name, &link, file).await {
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
        Action::Print => {
            let card = ctx.root.get_untracked().and_then(|root| root.query_selector(".cc-result").ok().flatten());
            if !card.is_some_and(|card| print::print_alone(&card)) {
                say(ctx, ctx.instrument.strings().print_failed, None);
            }
        }
        Action::Session(_) | Action::Finish | Action::TakeItYourself => {}
    }
}
