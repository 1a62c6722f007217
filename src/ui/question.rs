//! One question per step: a native radio group (one Tab stop, arrows move within it).

use leptos::prelude::*;

use crate::core::session::Event;
use crate::core::view;
use crate::ui::context::{use_ctx, Action};

#[component]
pub fn QuestionStep(index: usize) -> impl IntoView {
    let ctx = use_ctx();
    let current = Memo::new(move |_| ctx.session.with(|s| view::question(ctx.instrument, s, index)));
    let Some(v) = current.get_untracked() else { return ().into_any() };
    let selected = move |option: usize| {
        current.with(|q| q.as_ref().is_some_and(|q| q.options.get(option).is_some_and(|o| o.selected)))
    };
    let can_advance = move || current.with(|q| q.as_ref().is_some_and(|q| q.can_advance));
    let can_finish = move || current.with(|q| q.as_ref().and_then(|q| q.finish).is_some_and(|(_, ready)| ready));
    // Enter on an option does what the primary button does: on the last question, once
    // everything is answered, that is "See my result".
    let enter = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            ctx.act(if can_finish() { Action::Finish } else { Event::Next.into() });
        }
    };
    let name = ctx.id(&format!("q{index}"));
    let heading_id = ctx.id(&format!("q{index}-prompt"));
    let help_id = ctx.id(&format!("q{index}-help"));
    let described_by = v.help.as_ref().map(|_| help_id.clone());

    let options = v
        .options
        .iter()
        .map(|option| {
            let i = option.index;
            let id = ctx.id(&format!("q{index}-o{i}"));
            let label_for = id.clone();
            view! {
                <label class="cc-option" for=label_for>
                    <input
                        type="radio"
                        class="cc-option__input"
                        id=id
                        name=name.clone()
                        value=i.to_string()
                        prop:checked=move || selected(i)
                        on:change=move |_| ctx.act(Event::Choose { question: index, option: i })
                        on:keydown=enter
                    />
                    <span class="cc-option__label">{option.label.clone()}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        // Next is a plain button and Enter is handled on the options, not by form submission: a
        // frame sandboxed without `allow-forms` blocks submission before any handler runs.
        <form
            class="cc-screen cc-question"
            novalidate=""
            on:submit=move |ev| ev.prevent_default()
        >
            <div class="cc-progress">
                <p class="cc-eyebrow">{v.section}</p>
                <p class="cc-progress__label" data-testid="progress">{v.progress}</p>
                <div class="cc-progress__track" aria-hidden="true">
                    <div class="cc-progress__bar" style:width=format!("{}%", v.percent)></div>
                </div>
            </div>
            <fieldset class="cc-fieldset" data-testid="question" data-index=index.to_string() aria-describedby=described_by>
                <legend class="cc-legend">
                    <h2 class="cc-question__prompt" id=heading_id tabindex="-1" data-step-heading="">{v.prompt}</h2>
                </legend>
                {v.help.map(|help| view! { <p class="cc-help" id=help_id>{help}</p> })}
                <div class="cc-options">{options}</div>
            </fieldset>
            <div class="cc-actions cc-actions--split">
                {v.can_go_back.then(|| view! {
                    <button type="button" class="cc-button cc-button--quiet" data-testid="back" on:click=move |_| ctx.act(Event::Back)>
                        {ctx.instrument.strings().back}
                    </button>
                })}
                <button
                    type="button"
                    class=if v.finish.is_some() { "cc-button" } else { "cc-button cc-button--primary" }
                    data-testid="next"
                    disabled=move || !can_advance()
                    on:click=move |_| ctx.act(Event::Next)
                >
                    {v.next_label}
                </button>
                {v.finish.map(|(label, _)| view! {
                    <button
                        type="button"
                        class="cc-button cc-button--primary"
                        data-testid="finish-now"
                        disabled=move || !can_finish()
                        on:click=move |_| ctx.act(Action::Finish)
                    >
                        {label}
                    </button>
                })}
            </div>
        </form>
    }
    .into_any()
}
