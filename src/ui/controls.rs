//! The small pieces every screen is built from: a button that sends an action, a section
//! heading, a move to try, and a "Why …?" disclosure.

use leptos::prelude::*;

use crate::core::locale::Strings;
use crate::core::view::{Why, WhyLine};
use crate::ui::context::{use_ctx, Action};

pub const PRIMARY: &str = "cc-button cc-button--primary";
pub const QUIET: &str = "cc-button cc-button--quiet";
pub const SMALL: &str = "cc-button cc-button--quiet cc-button--small";

/// A button that asks for `action`. One function for every button keeps the bundle small: each
/// distinct `view!` shape is compiled into code of its own.
pub fn button(label: String, class: &'static str, testid: Option<String>, action: Action) -> AnyView {
    button_labelled(label, class, testid, None, action)
}

/// A button with an accessible name of its own, for one of several alike ("Delete … (date)").
pub fn button_labelled(
    label: String,
    class: &'static str,
    testid: Option<String>,
    aria_label: Option<String>,
    action: Action,
) -> AnyView {
    let ctx = use_ctx();
    view! {
        <button type="button" class=class data-testid=testid aria-label=aria_label on:click=move |_| ctx.act(action)>
            {label}
        </button>
    }
    .into_any()
}

/// A section's heading.
pub fn subtitle(label: &str) -> AnyView {
    view! { <h3 class="cc-subtitle">{label.to_owned()}</h3> }.into_any()
}

/// A move, and how the team will know it worked.
pub fn move_to_try(t: &Strings, text: &str, works_when: &str) -> AnyView {
    let check = (!works_when.is_empty()).then(|| {
        view! { <p class="cc-move__check"><strong>{format!("{}: ", t.works_when)}</strong>{works_when.to_owned()}</p> }
    });
    view! {
        <div class="cc-move">
            <p class="cc-move__text"><strong>{format!("{}: ", t.try_next)}</strong>{text.to_owned()}</p>
            {check}
        </div>
    }
    .into_any()
}

/// One answer named as a reason.
pub fn why_line(line: &WhyLine) -> AnyView {
    let because = line.because.as_ref().map(|b| view! { <span class="cc-why__because">{format!(" ({b})")}</span> });
    view! {
        <li><span class="cc-why__question">{format!("{}: ", line.question)}</span>{line.answer.clone()}{because}</li>
    }
    .into_any()
}

/// The answers behind a finding, as a list.
pub fn why_list(lines: &[WhyLine]) -> AnyView {
    view! { <ul class="cc-why__list">{lines.iter().map(why_line).collect_view()}</ul> }.into_any()
}

/// "Why Implicit?": the answers behind a finding in a disclosure, first saying what the finding
/// means when `meaning` is given. Nothing when no answer is behind it.
pub fn why(why: &Why, meaning: Option<&str>) -> Option<AnyView> {
    if why.lines.is_empty() {
        return None;
    }
    let meaning = meaning.map(|m| view! { <p class="cc-why__meaning">{m.to_owned()}</p> });
    Some(
        view! {
            <details class="cc-why">
                <summary>{why.label.clone()}</summary>
                {meaning}
                {why_list(&why.lines)}
            </details>
        }
        .into_any(),
    )
}
