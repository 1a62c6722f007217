//! The comparison: a notice when there are too few results, or the whole team view: the strips,
//! the questions the team disagrees on most, each person's profile, and the share actions. It is
//! drawn again after every comparison; a share action's answer redraws only its status line.

use leptos::prelude::*;

use super::compare::Compare;
use super::decision::Decision;
use super::guide::guide;
use super::strip::strip;
use super::summary::{counted, summary};
use super::{subtitle, use_team, TeamAction, TeamCtx, PRIMARY, QUIET};
use crate::core::locale::{fill, Strings};
use crate::core::share::RESULT_KEY;
use crate::core::team::{DivergenceView, MemberView, TeamView};

#[component]
pub fn TeamOutput() -> impl IntoView {
    let ctx = use_team();
    move || ctx.view.with(|v| v.as_ref().map(|v| comparison(ctx, v)))
}

fn comparison(ctx: TeamCtx, v: &TeamView) -> AnyView {
    let t = ctx.instrument.strings();
    let tt = t.team();
    if v.count < 2 {
        return view! {
            <section class="cc-screen cc-team" data-testid="team-too-few">
                <h2 class="cc-subtitle" tabindex="-1" data-step-heading="">{tt.need_more}</h2>
                {skipped(t, v)}
            </section>
        }
        .into_any();
    }
    let divergences = if v.divergences.is_empty() {
        view! { <p data-testid="team-agrees">{tt.agrees}</p> }.into_any()
    } else {
        view! { <ol class="cc-team__divergences">{v.divergences.iter().map(|d| divergence(t, d)).collect_view()}</ol> }
            .into_any()
    };
    let members = v.members.iter().map(|m| member(ctx, m)).collect_view();
    view! {
        <article class="cc-screen cc-team" data-testid="team" data-count=v.count.to_string()>
            <h2 class="cc-title" tabindex="-1" data-step-heading="" data-testid="team-heading">{v.heading.clone()}</h2>
            <div class="cc-actions">
                {button(tt.session_open, PRIMARY, "session-open", TeamAction::SessionTo(Some(0)))}
                {button(tt.guide_print, QUIET, "print-guide", TeamAction::PrintGuide)}
            </div>
            {v.has_names.then(|| names(ctx, v.named))}
            {skipped(t, v)}
            {summary(tt, &v.summary)}
            <section class="cc-result__section">
                {subtitle(tt.strips_heading)}
                <p class="cc-note">{tt.strips_lead}</p>
                <ul class="cc-team__strips">{v.strips.iter().map(strip).collect_view()}</ul>
                <p class="cc-note">{t.spectrum_note}</p>
            </section>
            <section class="cc-result__section" data-testid="divergences">
                {subtitle(tt.divergence_heading)}
                <p class="cc-note">{tt.divergence_lead}</p>
                {divergences}
            </section>
            <Compare/>
            <Decision place="page"/>
            <section class="cc-result__section">
                {subtitle(tt.profiles_heading)}
                <ol class="cc-team__members">{members}</ol>
            </section>
            <TeamShareActions/>
            {guide(tt, v)}
        </article>
    }
    .into_any()
}

/// Show or hide people's names, before the view goes on a shared screen.
fn names(ctx: TeamCtx, named: bool) -> impl IntoView + use<> {
    let tt = ctx.instrument.strings().team();
    let choice = move |label: &'static str, value: bool, testid: &'static str| {
        view! {
            <label class="cc-choice">
                <input
                    type="radio"
                    name="cc-team-names"
                    checked=named == value
                    data-testid=testid
                    on:change=move |_| ctx.act(TeamAction::Names(value))
                />
                <span>{label}</span>
            </label>
        }
    };
    view! {
        <fieldset class="cc-team__names" aria-describedby="cc-team-names-note">
            <legend class="cc-field-label">{tt.names_legend}</legend>
            <div class="cc-team__names-choices">
                {choice(tt.names_show, true, "names-shown")}
                {choice(tt.names_hide, false, "names-hidden")}
            </div>
            <p class="cc-note" id="cc-team-names-note">{tt.names_note}</p>
        </fieldset>
    }
}

fn member(ctx: TeamCtx, member: &MemberView) -> impl IntoView + use<> {
    let tt = ctx.instrument.strings().team();
    let href = format!("{}#{RESULT_KEY}={}", ctx.check_url, member.result_code);
    view! {
        <li class="cc-team__member" data-testid="member">
            <span class="cc-team__who">{member.name.clone()}</span>
            <span class="cc-team__profile">{member.profile.clone()}</span>
            <span class="cc-note">{(ctx.date)(member.finished_at)}</span>
            <a class="cc-team__open" href=href target="_blank" rel="noopener" data-testid="open-member-result">
                {tt.open_result_short}<span class="cc-visually-hidden">": "{member.name.clone()}</span>
            </a>
        </li>
    }
}

pub(super) fn divergence(t: &'static Strings, item: &DivergenceView) -> impl IntoView + use<> {
    let answers = item.answers.iter().map(counted).collect_view();
    view! {
        <li class="cc-team__divergence" data-testid="divergence" data-question=item.question.clone() data-spread=item.spread.to_string()>
            <h4 class="cc-team__question">{item.short.clone()}</h4>
            <p class="cc-note">{item.prompt.clone()}</p>
            <ul class="cc-team__answers">{answers}</ul>
            <div class="cc-callout">
                <p class="cc-callout__title">{t.team().ask}</p>
                <p>{item.discuss.clone()}</p>
            </div>
        </li>
    }
}

/// What was left out: lines that aren't results of this questionnaire, and results pasted twice.
fn skipped(t: &'static Strings, v: &TeamView) -> Option<AnyView> {
    if v.skipped.is_empty() && v.duplicates == 0 {
        return None;
    }
    let listed = (!v.skipped.is_empty()).then(|| {
        let items = v
            .skipped
            .iter()
            .map(|s| {
                view! {
                    <li data-testid="skipped"><code class="cc-team__link"><bdi>{s.text.clone()}</bdi></code>": "{s.reason}</li>
                }
            })
            .collect_view();
        (subtitle(t.team().skipped_heading), view! { <ul>{items}</ul> })
    });
    let duplicates = (v.duplicates > 0).then(|| {
        let said = fill(t.team().duplicates, &[("count", &v.duplicates.to_string())]);
        view! { <p data-testid="duplicates">{said}</p> }
    });
    Some(view! { <section class="cc-result__section cc-team__skipped">{listed}{duplicates}</section> }.into_any())
}

/// A button that asks for `action`.
pub(super) fn button(label: &'static str, class: &'static str, testid: &'static str, action: TeamAction) -> AnyView {
    let ctx = use_team();
    view! { <button type="button" class=class data-testid=testid on:click=move |_| ctx.act(action)>{label}</button> }
        .into_any()
}

/// Copy the team link, save the team as an image, and what the last of these said.
#[component]
fn TeamShareActions() -> impl IntoView {
    let ctx = use_team();
    let t = ctx.instrument.strings();
    let tt = t.team();
    let status = move || ctx.share.with(|s| s.status);
    let manual = move || {
        ctx.share.with(|s| s.manual_link.clone()).map(|link| {
            view! {
                <input class="cc-link-field" type="text" readonly="" value=link aria-label=tt.copy_link data-testid="manual-link"/>
            }
        })
    };
    view! {
        <section class="cc-result__section cc-share">
            {subtitle(tt.share_heading)}
            <p class="cc-note">{tt.share_lead}</p>
            <div class="cc-actions">
                {button(tt.copy_link, PRIMARY, "copy-team-link", TeamAction::CopyLink)}
                {button(t.download_png, QUIET, "download-png", TeamAction::DownloadPng)}
                {button(t.download_svg, QUIET, "download-svg", TeamAction::DownloadSvg)}
            </div>
            <p class="cc-note" role="status" data-testid="team-share-status">{status}</p>
            {manual}
        </section>
    }
}
