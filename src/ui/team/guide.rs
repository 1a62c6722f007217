//! The facilitation guide: one printed page for whoever runs the session, with the 30-minute
//! agenda, the kinds the team named, the splits with their prompts, and the moves that came up.
//! Hidden on screen; printed alone (`TeamAction::PrintGuide`).

use leptos::prelude::*;

use crate::core::locale::TeamStrings;
use crate::core::team::workshop;
use crate::core::team::TeamView;

pub fn guide(tt: &'static TeamStrings, v: &TeamView) -> impl IntoView + use<> {
    let agenda = workshop::agenda(tt)
        .into_iter()
        .map(|item| {
            view! {
                <li data-testid="agenda-item">
                    <strong>{workshop::minutes(tt, item.minutes)}" · "{item.title}</strong>
                    <p>{item.text}</p>
                </li>
            }
        })
        .collect_view();
    let kinds = v.summary.kind_split.as_ref().map_or_else(
        || v.summary.kinds_agree.clone().unwrap_or_default(),
        |split| format!("{} {}", split.text, split.ask),
    );
    let splits = v
        .divergences
        .iter()
        .map(|d| view! { <li><strong>{d.short.clone()}</strong><p>{d.discuss.clone()}</p></li> })
        .collect_view();
    let moves =
        v.summary.moves.iter().map(|m| view! { <li>{m.text.clone()}" ("{m.count.clone()}")"</li> }).collect_view();
    view! {
        <section class="cc-team__guide" data-testid="guide">
            <h2 class="cc-title">{tt.guide_heading}</h2>
            <p class="cc-eyebrow">{v.heading.clone()}</p>
            <p class="cc-note">{tt.guide_lead}</p>
            <ol class="cc-team__agenda">{agenda}</ol>
            <h3 class="cc-subtitle">{tt.kinds_heading}</h3>
            <p>{kinds}</p>
            <h3 class="cc-subtitle">{tt.divergence_heading}</h3>
            <ol>{splits}</ol>
            <h3 class="cc-subtitle">{tt.moves_heading}</h3>
            <ol>{moves}</ol>
            <h3 class="cc-subtitle">{tt.guide_notes}</h3>
            <div class="cc-team__guide-notes"></div>
        </section>
    }
}
