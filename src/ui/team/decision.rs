//! "What will we try": the move the team picked and the day to look again, kept in the team link
//! and in this browser. Its fields are the runtime's signals, so redrawing the comparison (names
//! shown or hidden) keeps what the coach typed.

use leptos::prelude::*;

use super::{subtitle, use_team, TeamAction, PRIMARY};

/// Arrow keys in a field move its caret, not session mode's topic; Esc still closes.
fn keep_keys(ev: leptos::ev::KeyboardEvent) {
    if ev.key() != "Escape" {
        ev.stop_propagation();
    }
}

/// The form, on the page (`place` "page", with its heading) or on session mode's last topic
/// ("session", under that page's heading). `place` keeps the two forms' ids apart.
#[component]
pub fn Decision(place: &'static str) -> impl IntoView {
    let ctx = use_team();
    let tt = ctx.instrument.strings().team();
    let text_id = format!("cc-team-decision-{place}");
    let day_id = format!("cc-team-look-again-{place}");
    view! {
        <section class="cc-result__section cc-team__decision" data-testid="decision">
            {(place == "page").then(|| subtitle(tt.decision_heading))}
            <p class="cc-note">{tt.decision_lead}</p>
            <label class="cc-field-label" for=text_id.clone()>{tt.decision_label}</label>
            <textarea
                class="cc-link-field cc-team-links"
                id=text_id
                rows="3"
                maxlength="280"
                data-testid="decision-text"
                bind:value=ctx.decision
                on:keydown=keep_keys
            ></textarea>
            <label class="cc-field-label" for=day_id.clone()>{tt.look_again_label}</label>
            <input
                class="cc-link-field cc-team-day"
                type="date"
                id=day_id
                data-testid="look-again"
                bind:value=ctx.look_again
                on:keydown=keep_keys
            />
            <div class="cc-actions">
                <button type="button" class=PRIMARY data-testid="keep-decision" on:click=move |_| ctx.act(TeamAction::Decide)>
                    {tt.decision_keep}
                </button>
            </div>
            <p class="cc-note" role="status" data-testid="decision-status">{move || ctx.decision_status.get()}</p>
        </section>
    }
}
