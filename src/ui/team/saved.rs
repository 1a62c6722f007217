//! The teams kept in this browser, with what each decided: each opens its team link, or is
//! forgotten.

use leptos::prelude::*;

use super::{use_team, TeamAction, QUIET};
use crate::core::locale::fill;
use crate::core::share::TEAM_KEY;

#[component]
pub fn SavedTeams() -> impl IntoView {
    let ctx = use_team();
    let tt = ctx.instrument.strings().team();
    move || {
        ctx.saved.with(|saved| {
            (!saved.is_empty()).then(|| {
                let items = saved
                    .iter()
                    .enumerate()
                    .map(|(index, team)| {
                        let day = team.look_again_on.map(|day| {
                            let date = (ctx.date)(u64::from(day) * 86_400_000);
                            view! { <span class="cc-note">{fill(tt.look_again_on, &[("date", &date)])}</span> }
                        });
                        view! {
                            <li class="cc-team__saved-team" data-testid="saved-team">
                                <a class="cc-team__open" href=format!("#{TEAM_KEY}={}", team.code) data-testid="open-saved-team">
                                    {team.label.clone()}
                                </a>
                                {team.decision.clone().map(|text| view! { <span>{text}</span> })}
                                {day}
                                {move || ctx.view.with(|v| v.as_ref().is_some_and(|v| v.count >= 2)).then(|| view! {
                                    <button type="button" class=QUIET data-testid="compare-saved-team"
                                        on:click=move |_| ctx.act(TeamAction::CompareWithSaved(index))>{tt.compare_with}</button>
                                })}
                                <button type="button" class=QUIET data-testid="forget-saved-team"
                                    on:click=move |_| ctx.act(TeamAction::Forget(index))>{tt.saved_forget}</button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <section class="cc-screen cc-team__saved" data-testid="saved-teams">
                        <h2 class="cc-subtitle">{tt.saved_heading}</h2>
                        <p class="cc-note">{tt.saved_lead}</p>
                        <ul class="cc-team__saved-list">{items}</ul>
                    </section>
                }
            })
        })
    }
}
