//! The cards for links that can't be shown as a result: one that can't be read, and one made
//! with an earlier version of the questions (never called damaged).

use leptos::prelude::*;

use crate::ui::context::{use_ctx, Action};
use crate::ui::controls::{button, PRIMARY};

/// A card with a heading, a line, and "Take the assessment".
fn link_card(testid: &'static str, title: &'static str, lead: String) -> AnyView {
    let t = use_ctx().instrument.strings();
    view! {
        <section class="cc-screen" data-testid=testid>
            <h2 class="cc-title" tabindex="-1" data-step-heading="">{title}</h2>
            <p class="cc-lead">{lead}</p>
            <div class="cc-actions">
                {button(t.start_assessment.into(), PRIMARY, Some("take-it-yourself".into()), Action::TakeItYourself)}
            </div>
        </section>
    }
    .into_any()
}

/// The card for a link that can't be read, saying why.
#[component]
pub fn Damaged(reason: String) -> impl IntoView {
    link_card("damaged", use_ctx().instrument.strings().damaged_title, reason)
}

/// The card for a link made with an earlier version of the questions.
#[component]
pub fn EarlierLink() -> impl IntoView {
    let t = use_ctx().instrument.strings();
    link_card("earlier-link", t.earlier_title, t.earlier_lead.to_owned())
}
