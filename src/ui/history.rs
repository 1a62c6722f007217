//! What the visitor has stored: earlier results (open, delete) and "Delete everything stored".

use leptos::prelude::*;

use crate::core::session::{Control, Event};
use crate::core::view;
use crate::ui::context::use_ctx;
use crate::ui::controls::{button, button_labelled, subtitle, PRIMARY, QUIET, SMALL};

/// Earlier results, newest first, each openable and deletable; `current` is the one on screen.
#[component]
pub fn History(current: Option<u64>) -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let rows = Memo::new(move |_| ctx.session.with(|s| view::history_rows(ctx.instrument, s, current)));
    move || {
        let rows = rows.get();
        (!rows.is_empty()).then(|| {
            let items = rows
                .into_iter()
                .map(|row| {
                    let date = (ctx.date)(row.finished_at);
                    let named = |verb: &str| Some(format!("{verb} {} ({date})", row.profile));
                    let open = (!row.current).then(|| {
                        button_labelled(
                            t.open.into(),
                            SMALL,
                            None,
                            named(t.open),
                            Event::OpenResult { id: row.id }.into(),
                        )
                    });
                    let delete = button_labelled(
                        t.delete.into(),
                        SMALL,
                        None,
                        named(t.delete),
                        Event::DeleteResult { id: row.id }.into(),
                    );
                    let tag = row
                        .earlier
                        .then(|| view! { <span class="cc-history__tag">{format!(" ({})", t.earlier_tag)}</span> });
                    let class =
                        if row.current { "cc-history__item cc-history__item--current" } else { "cc-history__item" };
                    view! {
                        <li class=class>
                            <span class="cc-history__date">{date.clone()}</span>
                            <span class="cc-history__profile">{row.profile.clone()}{tag}</span>
                            <span class="cc-history__actions">{open}{delete}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="cc-history" data-testid="history">
                    {subtitle(t.history_heading)}
                    <ul class="cc-history__list">{items}</ul>
                </section>
            }
        })
    }
}

/// "Delete everything stored", with a confirmation step. The runtime moves focus between the
/// two (the core says when: `Effect::FocusControl`), found by their `data-focus`.
#[component]
pub fn Forget() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let confirming = Memo::new(move |_| ctx.session.with(|s| s.confirming_delete));
    move || {
        if confirming.get() {
            view! {
                <div class="cc-forget" role="group" aria-label=t.confirm_delete>
                    <p class="cc-forget__question">{t.confirm_delete}</p>
                    <button type="button" class="cc-button cc-button--danger" data-testid="confirm-delete"
                        data-focus=Control::ConfirmDelete.name() on:click=move |_| ctx.act(Event::DeleteEverything)>
                        {t.confirm_yes}
                    </button>
                    {button(t.confirm_no.into(), QUIET, None, Event::CancelDelete.into())}
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="cc-forget">
                    <button type="button" class=QUIET data-testid="delete-all" data-focus=Control::AskDeleteEverything.name()
                        on:click=move |_| ctx.act(Event::AskDeleteEverything)>
                        {t.delete_everything}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// The end of the visitor's own result (or an earlier version's): take it again, go home, the
/// history and "Delete everything stored".
#[component]
pub fn OwnFooter(current: u64) -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    view! {
        <div class="cc-actions">
            {button(t.take_again.into(), PRIMARY, Some("take-again".into()), Event::StartOver.into())}
            {button(t.home.into(), QUIET, None, Event::Home.into())}
        </div>
        <History current=Some(current)/>
        <Forget/>
    }
}
