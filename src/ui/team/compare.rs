//! "Since last time": an earlier team link (pasted, or one of Your teams) beside the team on
//! screen, each dimension's median then and now, and each person named in both.

use leptos::prelude::*;

use super::output::button;
use super::{subtitle, use_team, TeamAction, QUIET};
use crate::core::team::compare::{CompareView, DimensionMove};

const LINK_ID: &str = "cc-team-earlier";

fn moved(item: &DimensionMove) -> impl IntoView + use<> {
    let people = (!item.people.is_empty()).then(|| view! { <p class="cc-note">{item.people.join(" · ")}</p> });
    view! {
        <li class="cc-team__moved" data-testid="moved" data-dimension=item.id.clone() data-before=item.before.to_string() data-now=item.now.to_string()>
            <p class="cc-team__strip-head">
                <span class="cc-team__label">{item.label.clone()}</span>
                <strong class="cc-team__value">{item.change.clone()}</strong>
            </p>
            <p class="cc-note">{item.text.clone()}</p>
            {people}
        </li>
    }
}

fn shown(v: &CompareView) -> impl IntoView + use<> {
    let tt_stop = use_team().instrument.strings().team().compare_stop;
    view! {
        <h4 class="cc-team__question" data-testid="compare-heading">{v.heading.clone()}</h4>
        <ul class="cc-team__strips">{v.dimensions.iter().map(moved).collect_view()}</ul>
        <div class="cc-actions">{button(tt_stop, QUIET, "stop-comparing", TeamAction::StopComparing)}</div>
    }
}

#[component]
pub fn Compare() -> impl IntoView {
    let ctx = use_team();
    let tt = ctx.instrument.strings().team();
    let body = move || {
        ctx.compared.with(|compared| match compared {
            Some(v) => shown(v).into_any(),
            None => view! {
                <label class="cc-field-label" for=LINK_ID>{tt.compare_paste}</label>
                <input class="cc-link-field" type="text" id=LINK_ID spellcheck="false" autocomplete="off"
                    data-testid="earlier-link" bind:value=ctx.earlier_link/>
                <div class="cc-actions">{button(tt.compare_button, QUIET, "compare-earlier", TeamAction::CompareWithPasted)}</div>
            }
            .into_any(),
        })
    };
    view! {
        <section class="cc-result__section cc-team__compare" data-testid="since-last-time">
            {subtitle(tt.compare_title)}
            <p class="cc-note">{tt.compare_lead}</p>
            {body}
            <p class="cc-note" role="status" data-testid="compare-status">{move || ctx.compare_status.get()}</p>
        </section>
    }
}
