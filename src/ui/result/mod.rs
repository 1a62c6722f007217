//! The result card: the verdict and the trap that matters most first (what a phone shows), then
//! the whole picture.

mod findings;
mod share;

use leptos::prelude::*;

use crate::core::locale::fill;
use crate::core::view::ResultView;
use crate::ui::coach::send_to_coach;
use crate::ui::context::{use_ctx, Action};
use crate::ui::controls::{button, move_to_try, subtitle, why, why_list, PRIMARY};
use crate::ui::history::OwnFooter;
use findings::{dimension, lens, reading, trap};
use share::{NextStep, ShareActions};

/// Whose result a card shows: the visitor's own (share it, take it again, the history), or
/// someone else's from a link (read-only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Whose {
    Own,
    Shared,
}

/// The result card. In a frame that can't grow to fit it, embed.html's stylesheet shows only its
/// opening and `open_in_full`, which is hidden everywhere else.
#[component]
pub fn ResultCard(v: ResultView, whose: Whose) -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let date = ctx.date;
    let comparison = match &v.previous {
        Some(p) if p.profile_changed => {
            fill(t.compared_profile_changed, &[("date", &date(p.finished_at)), ("profile", &p.profile)])
        }
        Some(p) => fill(t.compared, &[("date", &date(p.finished_at))]),
        None if v.previous_earlier => t.compared_earlier.to_owned(),
        None => t.first_result.to_owned(),
    };
    let shared = whose == Whose::Shared;
    let eyebrow = if shared { t.shared_eyebrow } else { v.profile.lens_label.as_str() };
    let eyebrow = format!("{eyebrow} · {}", date(v.finished_at));
    let (top, others) = match v.traps.split_first() {
        Some((top, others)) => (Some(top), others),
        None => (None, &[][..]),
    };
    let top_trap = match top {
        Some(item) => view! { <ol class="cc-traps">{trap(t, item, false)}</ol> }.into_any(),
        None => view! { <p>{t.no_traps}</p> }.into_any(),
    };
    let because = (!v.verdict.because.is_empty()).then(|| {
        view! { <div class="cc-verdict__because"><p class="cc-note">{t.verdict_because}</p>{why_list(&v.verdict.because)}</div> }
    });
    let others = (!others.is_empty()).then(|| {
        view! {
            <section class="cc-result__section">
                {subtitle(t.other_traps_heading)}
                <ol class="cc-traps">{others.iter().map(|x| trap(t, x, true)).collect_view()}</ol>
            </section>
        }
    });
    let sandboxed = ctx.page.with_value(|page| page.sandboxed);
    // "How this is scored" opens a new tab, which a sandboxed frame can't.
    let model = ctx.page.with_value(|page| page.model_url.clone()).filter(|_| !sandboxed).map(|url| {
        view! {
            <p class="cc-note cc-model-link">
                <a href=url target="_blank" rel="noopener noreferrer" data-testid="how-scored">{t.how_scored}</a>
            </p>
        }
    });
    let (act, end) = match whose {
        Whose::Shared => (
            view! {
                <div class="cc-actions">
                    {button(t.take_it_yourself.into(), PRIMARY, Some("take-it-yourself".into()), Action::TakeItYourself)}
                </div>
            }
            .into_any(),
            None,
        ),
        Whose::Own => (view! { <ShareActions/> }.into_any(), Some(view! { <OwnFooter current=v.id/> })),
    };
    view! {
        <article class="cc-screen cc-result" data-testid=if shared { "shared-result" } else { "result" }>
            {shared.then(|| view! { <p class="cc-banner" data-testid="shared-banner">{t.shared_lead}</p> })}
            <header class="cc-result__header">
                <p class="cc-eyebrow">{eyebrow}</p>
                <h2 class="cc-title" tabindex="-1" data-step-heading="" data-testid="profile-name">{v.profile.name.clone()}</h2>
                <p class="cc-lead">{v.profile.summary.clone()}</p>
            </header>
            <div class="cc-verdict" data-testid="verdict">
                <p class="cc-verdict__sentence">{v.verdict.sentence.clone()}</p>
                {because}
            </div>
            {open_in_full()}
            {(!shared).then(send_to_coach)}
            <section class="cc-result__section cc-top-trap">
                {subtitle(if top.is_some() { t.top_trap_heading } else { t.traps_heading })}
                {top_trap}
            </section>
            {act}
            <NextStep/>
            <section class="cc-result__section" data-testid="profile">
                {subtitle(t.more_heading)}
                <p>{v.profile.description.clone()}</p>
                {why(&v.profile.why, None)}
                <div class="cc-callout">{move_to_try(t, &v.profile.try_next, &v.profile.works_when)}</div>
                <dl class="cc-lenses">{v.lenses.iter().map(|l| lens(t, l)).collect_view()}</dl>
                <dl class="cc-lenses cc-lenses--signals">{v.signals.iter().map(|l| lens(t, l)).collect_view()}</dl>
            </section>
            <section class="cc-result__section">
                {subtitle(t.scores_heading)}
                <ul class="cc-levels" data-testid="chart">{v.dimensions.iter().map(dimension).collect_view()}</ul>
                <p class="cc-note">{comparison}</p>
                <p class="cc-note">{t.spectrum_note}</p>
            </section>
            {others}
            <section class="cc-result__section" data-testid="reading">
                {subtitle(t.reading_heading)}
                <ul class="cc-reading">{v.reading.iter().map(|item| reading(item, sandboxed)).collect_view()}</ul>
            </section>
            {model}
            {end}
        </article>
    }
}

/// The whole result, a new tab away, for a frame that can't grow to show it: a link, or in a locked
/// frame that can't open one, the link to copy.
fn open_in_full() -> Option<impl IntoView> {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let sandboxed = ctx.page.with_value(|page| page.sandboxed);
    let link = ctx.result_link.run(())?;
    Some(view! {
        <div class="cc-actions cc-full">
            {if sandboxed {
                view! { <input class="cc-link-field" type="text" readonly="" value=link aria-label=t.open_full_result data-testid="full-result-link"/> }.into_any()
            } else {
                view! { <a class=PRIMARY href=link target="_blank" rel="noopener noreferrer" data-testid="open-full-result">{t.open_full_result}</a> }.into_any()
            }}
            <p class="cc-note">{if sandboxed { t.compact_sandboxed } else { t.compact_note }}</p>
        </div>
    })
}
