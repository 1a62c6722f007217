//! The team view page as markup trees: the form where links are pasted (built once), and what
//! the comparison shows (built again after every comparison).

use super::screens::{button, manual_link_field, subtitle, PRIMARY, QUIET};
use super::{el, svg, Element, Node};
use crate::core::locale::{fill, Strings};
use crate::core::team::{DivergenceView, MemberView, StripView, TeamView};

/// The id of the text area the links are pasted into.
pub const LINKS_ID: &str = "cc-team-links";

/// Dots in a strip: their radius, and how far apart stacked rows sit, in px. Tall stacks sit
/// closer, overlapping, so that thirty alike answers still fit in a few lines' height.
const DOT_RADIUS: usize = 7;
const ROW: usize = 16;
const STACK: usize = 96;

/// The heading, the paste box and the Compare button.
pub fn form(t: &Strings) -> Node {
    let tt = t.team();
    el("form")
        .class("cc-screen cc-team-form")
        .testid("team-form")
        .attr("novalidate", "")
        .child(el("h1").class("cc-title").text(tt.title))
        .child(el("p").class("cc-lead").text(tt.lead))
        .child(el("label").class("cc-field-label").attr("for", LINKS_ID).text(tt.links_label))
        .child(
            el("textarea")
                .class("cc-link-field cc-team-links")
                .attr("id", LINKS_ID)
                .attr("rows", "6")
                .attr("spellcheck", "false")
                .attr("autocomplete", "off")
                .attr("aria-describedby", format!("{LINKS_ID}-help"))
                .testid("team-links"),
        )
        .child(el("p").class("cc-note").attr("id", format!("{LINKS_ID}-help")).text(tt.links_help))
        .child(
            el("div")
                .class("cc-actions")
                .child(el("button").class(PRIMARY).attr("type", "submit").testid("compare").text(tt.compare)),
        )
        .into()
}

fn percent(score: u8) -> String {
    format!("{score}%")
}

/// One dimension's strip: a track with a dot per person, stacked where they would overlap, and
/// the median as a line. The text beside it says the same for screen readers.
fn strip(strip: &StripView) -> Element {
    let rows = strip.rows.iter().copied().max().unwrap_or(0) + 1;
    let step = (STACK / rows).clamp(5, ROW);
    let height = (rows - 1) * step + 2 * DOT_RADIUS + 4;
    let centre = |row: usize| height - DOT_RADIUS - 2 - row * step;
    let track = centre(0);
    let dots = strip.scores.iter().zip(&strip.rows).map(|(score, row)| {
        svg("circle")
            .class("cc-team__dot")
            .testid("team-dot")
            .attr("cx", percent(*score))
            .attr("cy", centre(*row).to_string())
            .attr("r", DOT_RADIUS.to_string())
    });
    let drawing = svg("svg")
        .class("cc-team__track")
        .attr("width", "100%")
        .attr("height", height.to_string())
        .attr("overflow", "visible")
        .attr("aria-hidden", "true")
        .attr("focusable", "false")
        .child(
            svg("rect")
                .class("cc-chart__track")
                .attr("x", "0")
                .attr("y", (track - 3).to_string())
                .attr("width", "100%")
                .attr("height", "6")
                .attr("rx", "3"),
        )
        .children(dots)
        .child(
            svg("line")
                .class("cc-team__median")
                .attr("x1", percent(strip.median))
                .attr("x2", percent(strip.median))
                .attr("y1", "0")
                .attr("y2", height.to_string()),
        );
    el("li")
        .class("cc-team__strip")
        .testid("strip")
        .attr("data-dimension", strip.id.clone())
        .attr("data-median", strip.median.to_string())
        .child(
            el("p")
                .class("cc-team__strip-head")
                .child(el("span").class("cc-team__label").text(strip.label.clone()))
                .child(el("span").class("cc-team__value").text(strip.value.clone())),
        )
        .child(drawing)
        .child(el("p").class("cc-visually-hidden").text(strip.scores_text.clone()))
}

fn member(date: &dyn Fn(u64) -> String, member: &MemberView) -> Element {
    el("li")
        .class("cc-team__member")
        .testid("member")
        .child(el("span").class("cc-team__who").text(member.name.clone()))
        .child(el("span").class("cc-team__profile").text(member.profile.clone()))
        .child(el("span").class("cc-note").text(date(member.finished_at)))
}

fn divergence(t: &Strings, item: &DivergenceView) -> Element {
    el("li")
        .class("cc-team__divergence")
        .testid("divergence")
        .attr("data-question", item.question.clone())
        .attr("data-spread", item.spread.to_string())
        .child(el("h4").class("cc-team__question").text(item.short.clone()))
        .child(el("p").class("cc-note").text(item.prompt.clone()))
        .child(
            el("ul").class("cc-team__answers").children(
                item.answers.iter().map(|(count, label)| {
                    el("li").child(el("strong").text(count.clone())).text(" ").text(label.clone())
                }),
            ),
        )
        .child(
            el("div")
                .class("cc-callout")
                .child(el("p").class("cc-callout__title").text(t.team().ask))
                .child(el("p").text(item.discuss.clone())),
        )
}

/// What the last share action said, and the link to copy by hand when copying failed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TeamShare {
    pub status: Option<&'static str>,
    pub manual_link: Option<String>,
}

fn share(t: &Strings, state: &TeamShare) -> Element {
    let mut status = el("p").class("cc-note").attr("role", "status").testid("team-share-status");
    if let Some(said) = state.status {
        status = status.text(said);
    }
    el("section")
        .class("cc-result__section cc-share")
        .child(subtitle(t.team().share_heading))
        .child(el("p").class("cc-note").text(t.team().share_lead))
        .child(
            el("div")
                .class("cc-actions")
                .child(button(t.team().copy_link, "copy-team-link", PRIMARY).testid("copy-team-link"))
                .child(button(t.download_png, "download-png", QUIET).testid("download-png"))
                .child(button(t.download_svg, "download-svg", QUIET).testid("download-svg")),
        )
        .child(status)
        .children(state.manual_link.as_deref().map(|link| manual_link_field(t.team().copy_link, link)))
}

fn skipped(t: &Strings, v: &TeamView) -> Option<Element> {
    if v.skipped.is_empty() && v.duplicates == 0 {
        return None;
    }
    let items = v.skipped.iter().map(|s| {
        el("li")
            .testid("skipped")
            .child(el("code").class("cc-team__link").child(el("bdi").text(s.text.clone())))
            .text(": ")
            .text(s.reason)
    });
    let duplicates = (v.duplicates > 0)
        .then(|| el("p").testid("duplicates").text(fill(t.team().duplicates, &[("count", &v.duplicates.to_string())])));
    Some(
        el("section")
            .class("cc-result__section cc-team__skipped")
            .children((!v.skipped.is_empty()).then(|| subtitle(t.team().skipped_heading)))
            .children((!v.skipped.is_empty()).then(|| el("ul").children(items)))
            .children(duplicates),
    )
}

/// The comparison: a notice when there are too few results, or the whole team view.
pub fn output(t: &Strings, date: &dyn Fn(u64) -> String, v: &TeamView, state: &TeamShare) -> Node {
    let tt = t.team();
    if v.count < 2 {
        return el("section")
            .class("cc-screen cc-team")
            .testid("team-too-few")
            .child(el("h2").class("cc-subtitle").step_heading().text(tt.need_more))
            .children(skipped(t, v))
            .into();
    }
    let divergences = if v.divergences.is_empty() {
        el("p").testid("team-agrees").text(tt.agrees)
    } else {
        el("ol").class("cc-team__divergences").children(v.divergences.iter().map(|d| divergence(t, d)))
    };
    el("article")
        .class("cc-screen cc-team")
        .testid("team")
        .attr("data-count", v.count.to_string())
        .child(
            el("h2")
                .class("cc-title")
                .step_heading()
                .testid("team-heading")
                .text(fill(tt.heading, &[("count", &v.count.to_string())])),
        )
        .children(skipped(t, v))
        .child(
            el("section")
                .class("cc-result__section")
                .child(subtitle(tt.strips_heading))
                .child(el("p").class("cc-note").text(tt.strips_lead))
                .child(el("ul").class("cc-team__strips").children(v.strips.iter().map(strip)))
                .child(el("p").class("cc-note").text(t.spectrum_note)),
        )
        .child(
            el("section")
                .class("cc-result__section")
                .testid("divergences")
                .child(subtitle(tt.divergence_heading))
                .child(el("p").class("cc-note").text(tt.divergence_lead))
                .child(divergences),
        )
        .child(
            el("section")
                .class("cc-result__section")
                .child(subtitle(tt.profiles_heading))
                .child(el("ol").class("cc-team__members").children(v.members.iter().map(|m| member(date, m)))),
        )
        .child(share(t, state))
        .into()
}
