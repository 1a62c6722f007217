//! The result's share actions: send to the coach, copy the link, the share sheet, the card as an
//! image, and what the last of them said. Only this part is redrawn when a share action answers,
//! so an open "Why" elsewhere on the card stays open.

use leptos::prelude::*;

use crate::ui::context::{use_ctx, Action};
use crate::ui::controls::{button, subtitle, PRIMARY, QUIET, SMALL};

#[component]
pub fn ShareActions() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let (can_share, sandboxed) = ctx.page.with_value(|page| (page.can_share, page.sandboxed));
    let send_to = ctx.send_to.get_untracked();
    let coached = send_to.is_some();
    let send = send_to.map(|(label, href)| {
        view! { <a class=PRIMARY href=href data-testid="send-to-coach"><bdi>{label}</bdi></a> }
    });
    let status = move || ctx.share.with(|s| s.status);
    let manual = move || {
        ctx.share.with(|s| s.manual_link.clone()).map(|link| {
            view! {
                <input class="cc-link-field" type="text" readonly="" value=link aria-label=t.copy_link data-testid="manual-link"/>
            }
        })
    };
    view! {
        <section class="cc-result__section cc-share" data-testid="share">
            {subtitle(t.share_heading)}
            <p class="cc-note">{t.share_lead}</p>
            <div class="cc-actions">
                {send}
                {button(t.copy_link.into(), if coached { QUIET } else { PRIMARY }, Some("copy-link".into()), Action::CopyLink)}
                {can_share.then(|| button(t.share.into(), QUIET, Some("share-sheet".into()), Action::ShareSheet))}
                {(!sandboxed).then(|| button(t.download_png.into(), QUIET, Some("download-png".into()), Action::DownloadPng))}
                {(!sandboxed).then(|| button(t.download_svg.into(), SMALL, Some("download-svg".into()), Action::DownloadSvg))}
            </div>
            {sandboxed.then(|| view! { <p class="cc-note" data-testid="sandboxed-note">{t.sandboxed_note}</p> })}
            <p class="cc-note" id=ctx.id("share-status") role="status" data-testid="share-status">{status}</p>
            {manual}
        </section>
    }
}
