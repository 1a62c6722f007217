//! The heading, the team's name, the box the links are pasted into and the Compare button. When
//! the page was opened with a team link, the view shows at once and the form folds away under
//! "Add more results": what is pasted there joins that team. It folds too while names are
//! hidden, so the pasted names don't show on a shared screen.

use leptos::prelude::*;

use super::{use_team, TeamAction, TeamCtx, PRIMARY};

/// The ids of the fields and of the help under them.
const LINKS_ID: &str = "cc-team-links";
const HELP_ID: &str = "cc-team-links-help";
const LABEL_ID: &str = "cc-team-label";
const LABEL_HELP_ID: &str = "cc-team-label-help";

fn fields(ctx: TeamCtx) -> impl IntoView {
    let tt = ctx.instrument.strings().team();
    view! {
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
        <label class="cc-field-label" for=LABEL_ID>{tt.team_label}</label>
        <input
            class="cc-link-field cc-team-label"
            type="text"
            id=LABEL_ID
            maxlength="60"
            autocomplete="off"
            aria-describedby=LABEL_HELP_ID
            data-testid="team-label"
            bind:value=ctx.label
        />
        <p class="cc-note" id=LABEL_HELP_ID>{tt.team_label_help}</p>
        <div class="cc-actions">
            <button class=PRIMARY type="submit" data-testid="compare">{tt.compare}</button>
        </div>
    }
}

#[component]
pub fn TeamForm() -> impl IntoView {
    let ctx = use_team();
    let tt = ctx.instrument.strings().team();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        ctx.act(TeamAction::Compare);
    };
    let body = move || {
        // Folded when the page opened with a team, and when names are hidden: the pasted lines
        // would show them.
        if ctx.arrived.get() || !ctx.named.get() {
            view! {
                <details class="cc-team-more" data-testid="team-more">
                    <summary class="cc-team-more__summary">{tt.add_more}</summary>
                    <div class="cc-team-more__body">{fields(ctx)}</div>
                </details>
            }
            .into_any()
        } else {
            fields(ctx).into_any()
        }
    };
    view! {
        <form class="cc-screen cc-team-form" data-testid="team-form" novalidate="" on:submit=submit>
            <h1 class="cc-title">{tt.title}</h1>
            <p class="cc-lead">{tt.lead}</p>
            {body}
        </form>
    }
}
