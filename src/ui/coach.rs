//! A coach's note, on the intro and, with "Send to <coach>", near the top of the reader's
//! result: all of it set as text; names and the address are isolated (`bdi`) so that
//! right-to-left text can't reorder what is around them.

use leptos::prelude::*;

use crate::core::share::CoachInvite;
use crate::ui::context::use_ctx;
use crate::ui::controls::PRIMARY;

/// The note: who it is from, for which team, what they say, where results may go, and the
/// button that sends the result (`send`: its label and `mailto:` address), if given.
pub fn coach_note(invite: &CoachInvite, send: Option<(String, String)>) -> impl IntoView {
    let t = use_ctx().instrument.strings();
    let team = invite.team.clone().map(|team| view! { {t.note_for}<bdi data-testid="coach-team">{team}</bdi> });
    let message = (!invite.message.is_empty())
        .then(|| view! { <p class="cc-coach__message" dir="auto">{invite.message.clone()}</p> });
    // Before the start, where results may go; on the result, the button says it.
    let reply = invite.reply_to.clone().filter(|_| send.is_none()).map(|address| {
        view! { <p class="cc-note" data-testid="coach-reply">{t.reply_note}<bdi data-testid="coach-address">{address}</bdi></p> }
    });
    let send = send.map(|(label, href)| {
        view! { <div class="cc-actions"><a class=PRIMARY href=href data-testid="send-to-coach"><bdi>{label}</bdi></a></div> }
    });
    view! {
        <aside class="cc-coach" data-testid="coach-note">
            <p class="cc-eyebrow">{t.note_from}<bdi data-testid="coach-name">{invite.coach.clone()}</bdi>{team}</p>
            {message}
            {reply}
            {send}
        </aside>
    }
}

/// On the reader's own result from a coach's link: the note again, with "Send to <coach>". The
/// mail's link is the one drawn with the result.
pub fn send_to_coach() -> Option<impl IntoView> {
    let ctx = use_ctx();
    let send = ctx.send_to.get_untracked()?;
    ctx.page.with_value(|page| page.coach.as_ref().map(|invite| coach_note(invite, Some(send))))
}
