//! The heading, the box the links are pasted into and the Compare button.

use leptos::prelude::*;

use super::{use_team, TeamAction, PRIMARY};

/// The id of the text area the links are pasted into, and of the help under it.
const LINKS_ID: &str = "cc-team-links";
const HELP_ID: &str = "cc-team-links-help";

#[component]
pub fn TeamForm() -> impl IntoView {
    let ctx = use_team();
    let tt = ctx.instrument.strings().team();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        ctx.act(TeamAction::Compare);
    };
    view! {
        <form class="cc-screen cc-team-form" data-testid="team-form" novalidate="" on:submit=submit>
            <h1 class="cc-title">{tt.title}</h1>
            <p class="cc-lead">{tt.lead}</p>
            <label class="cc-field-label" for=LINKS_ID>{tt.links_label}</label>
            <textarea
                class="cc-link-field cc-team-links"
                id=LINKS_ID
                rows="6"
                spellcheck="false"
                autocomplete="off"
                aria-describedby=HELP_ID
                data-testid="team-links"
                bind:value=ctx.links
            ></textarea>
            <p class="cc-note" id=HELP_ID>{tt.links_help}</p>
            <div class="cc-actions">
                <button class=PRIMARY type="submit" data-testid="compare">{tt.compare}</button>
            </div>
        </form>
    }
}
