//! The result's share actions: copy the link, the share sheet, the card as an
//! image or on paper, and what the last of them said; and the author's next step. Only this part is redrawn when a share action answers,
//! so an open "Why" elsewhere on the card stays open.

use leptos::prelude::*;

use crate::ui::context::{use_ctx, Action};
use crate::ui::controls::{button, subtitle, PRIMARY, QUIET, SMALL};

#[component]
pub fn ShareActions() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let (can_share, sandboxed, profile_pages) =
        ctx.page.with_value(|page| (page.can_share, page.sandboxed, page.profile_pages));
    // "Send to <coach>" sits at the top of the result (`ui::coach`); copying is then secondary.
    let coached = ctx.send_to.with_untracked(Option::is_some);
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
            {profile_pages.then(|| view! {
                <label class="cc-choice">
                    <input type="checkbox" data-testid="profile-in-link" aria-describedby=ctx.id("profile-note")
                        on:change=move |e| ctx.act(Action::ProfileInLink(event_target_checked(&e)))/>
                    <span>{t.profile_in_link}</span>
                </label>
                <p class="cc-note" id=ctx.id("profile-note")>{t.profile_in_link_note}</p>
            })}
            <div class="cc-actions">
                {button(t.copy_link.into(), if coached { QUIET } else { PRIMARY }, Some("copy-link".into()), Action::CopyLink)}
                {can_share.then(|| button(t.share.into(), QUIET, Some("share-sheet".into()), Action::ShareSheet))}
                {(!sandboxed).then(|| button(t.download_png.into(), QUIET, Some("download-png".into()), Action::DownloadPng))}
                {(!sandboxed).then(|| button(t.download_svg.into(), SMALL, Some("download-svg".into()), Action::DownloadSvg))}
                {(!sandboxed).then(|| button(t.print.into(), SMALL, Some("print".into()), Action::Print))}
            </div>
            {sandboxed.then(|| view! { <p class="cc-note" data-testid="sandboxed-note">{t.sandboxed_note}</p> })}
            <p class="cc-note" id=ctx.id("share-status") role="status" data-testid="share-status">{status}</p>
            {manual}
        </section>
    }
}

/// The author's next step (`cta-href`, `cta-label`): a link out of the widget, or, in a sandboxed
/// frame that can't open one, its words and address as text.
#[component]
pub fn NextStep() -> impl IntoView {
    let ctx = use_ctx();
    let (step, sandboxed) = ctx.page.with_value(|page| (page.next_step.clone(), page.sandboxed));
    step.map(|(href, words)| {
        let action = if sandboxed {
            view! { <p class="cc-next__text"><bdi>{words}</bdi>" "<span class="cc-reading__url">{href}</span></p> }.into_any()
        } else {
            view! { <a class=QUIET href=href target="_blank" rel="noopener" data-testid="next-step-link"><bdi>{words}</bdi></a> }.into_any()
        };
        view! { <div class="cc-actions cc-next" data-testid="next-step">{action}</div> }
    })
}
