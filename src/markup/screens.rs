//! The read-only screens as markup trees, built from the core's view models.

use super::{el, Element, Node};
use crate::core::instrument::Instrument;
use crate::core::locale::{fill, Strings};
use crate::core::session::Session;
use crate::core::share::CoachInvite;
use crate::core::view::{self, ScreenKey};
use crate::core::view::{
    DimensionView, EarlierView, HistoryRow, IntroView, LensView, ReadingView, ResultView, ResumeView, ReviewView,
    TrapView, Why, WhyLine,
};

/// What the pure builders need from the page: ids unique to the widget and dates in the reader's
/// locale.
pub struct Page<'a> {
    /// Prefix for element ids, unique per mounted widget.
    pub uid: &'a str,
    /// The widget's own words, in the reader's language.
    pub t: &'static Strings,
    /// Formats ms since the epoch as a date.
    pub date: &'a dyn Fn(u64) -> String,
    /// Where "How this is scored" is hosted, when known.
    pub model_url: Option<&'a str>,
}

pub(super) fn button(label: &str, action: impl Into<String>, style: &'static str) -> Element {
    el("button").class(style).action(action).text(label)
}

pub(super) const PRIMARY: &str = "cc-button cc-button--primary";
pub(super) const QUIET: &str = "cc-button cc-button--quiet";
const SMALL: &str = "cc-button cc-button--quiet cc-button--small";

pub(super) fn subtitle(label: &str) -> Element {
    el("h3").class("cc-subtitle").text(label)
}

/// Earlier results, newest first, each openable and deletable.
fn history(page: &Page<'_>, rows: &[HistoryRow]) -> Option<Element> {
    if rows.is_empty() {
        return None;
    }
    let items = rows.iter().map(|row| {
        let date = (page.date)(row.finished_at);
        let open = (!row.current).then(|| {
            button(page.t.open, format!("open:{}", row.id), SMALL)
                .attr("aria-label", format!("{} {} ({date})", page.t.open, row.profile))
        });
        let delete = button(page.t.delete, format!("delete:{}", row.id), SMALL)
            .attr("aria-label", format!("{} {} ({date})", page.t.delete, row.profile));
        el("li")
            .class(if row.current { "cc-history__item cc-history__item--current" } else { "cc-history__item" })
            .child(el("span").class("cc-history__date").text(date.clone()))
            .child(el("span").class("cc-history__profile").text(row.profile.clone()).children(
                row.earlier.then(|| el("span").class("cc-history__tag").text(format!(" ({})", page.t.earlier_tag))),
            ))
            .child(el("span").class("cc-history__actions").children(open).child(delete))
    });
    Some(
        el("section")
            .class("cc-history")
            .testid("history")
            .child(subtitle(page.t.history_heading))
            .child(el("ul").class("cc-history__list").children(items)),
    )
}

/// "Delete everything stored", with a confirmation step.
fn forget(t: &Strings, confirming: bool) -> Element {
    if confirming {
        el("div")
            .class("cc-forget")
            .attr("role", "group")
            .attr("aria-label", t.confirm_delete)
            .child(el("p").class("cc-forget__question").text(t.confirm_delete))
            .child(button(t.confirm_yes, "delete-all", "cc-button cc-button--danger").testid("confirm-delete"))
            .child(button(t.confirm_no, "cancel-delete-all", QUIET))
    } else {
        el("div").class("cc-forget").child(button(t.delete_everything, "ask-delete-all", QUIET).testid("delete-all"))
    }
}

/// The intro: what this is, how long, privacy, start; earlier results.
/// A coach's note to the team, all of it set as text; names are isolated (`bdi`) so that
/// right-to-left text can't reorder what is around them.
fn coach_note(t: &Strings, invite: &CoachInvite) -> Element {
    let mut from =
        el("p").class("cc-eyebrow").text(t.note_from).child(el("bdi").testid("coach-name").text(invite.coach.clone()));
    if let Some(team) = &invite.team {
        from = from.text(t.note_for).child(el("bdi").testid("coach-team").text(team.clone()));
    }
    el("aside").class("cc-coach").testid("coach-note").child(from).children(
        (!invite.message.is_empty())
            .then(|| el("p").class("cc-coach__message").attr("dir", "auto").text(invite.message.clone())),
    )
}

pub fn intro(
    page: &Page<'_>,
    v: &IntroView,
    stored_anything: bool,
    confirming: bool,
    coach: Option<&CoachInvite>,
) -> Node {
    el("section")
        .class("cc-screen cc-intro")
        .child(el("p").class("cc-eyebrow").text(v.length.clone()))
        .child(el("h2").class("cc-title").step_heading().text(v.title.clone()))
        .children(coach.map(|c| coach_note(page.t, c)))
        .child(el("p").class("cc-lead").text(v.tagline.clone()))
        .child(el("p").text(v.intro.clone()))
        .child(el("p").class("cc-privacy").text(page.t.privacy))
        .child(
            el("div").class("cc-actions").child(
                button(if v.started { page.t.continue_ } else { page.t.start }, "begin", PRIMARY).testid("start"),
            ),
        )
        .children(history(page, &v.history))
        .children(stored_anything.then(|| forget(page.t, confirming)))
        .into()
}

/// After a reload part-way: continue or start over.
pub fn resume(t: &Strings, v: &ResumeView) -> Node {
    el("section")
        .class("cc-screen cc-resume")
        .child(el("h2").class("cc-title").step_heading().text(t.resume_title))
        .child(el("p").text(v.message.clone()))
        .child(
            el("div")
                .class("cc-actions")
                .child(button(t.continue_, "continue", PRIMARY).testid("continue"))
                .child(button(t.start_over, "start-over", "cc-button").testid("start-over")),
        )
        .into()
}

/// Every answer, grouped by section, each with "Change".
pub fn review(t: &Strings, v: &ReviewView) -> Node {
    let mut screen = el("section")
        .class("cc-screen cc-review")
        .testid("review")
        .child(el("h2").class("cc-title").step_heading().text(t.review_title))
        .child(el("p").text(t.review_lead));
    for section in &v.sections {
        let items = section.items.iter().map(|item| {
            let missing = item.answer.is_none();
            el("div")
                .class(if missing { "cc-review__item cc-review__item--missing" } else { "cc-review__item" })
                .child(el("dt").class("cc-review__prompt").text(item.prompt.clone()))
                .child(
                    el("dd")
                        .class("cc-review__answer")
                        .child(el("span").text(item.answer.clone().unwrap_or_else(|| t.not_answered.to_owned())))
                        .child(
                            button(t.change, format!("edit:{}", item.index), SMALL)
                                .testid(format!("edit-{}", item.index))
                                .attr("aria-label", format!("{}: {}", t.change, item.prompt)),
                        ),
                )
        });
        screen = screen.child(subtitle(&section.title)).child(el("dl").class("cc-review__list").children(items));
    }
    screen
        .child(
            el("div")
                .class("cc-actions cc-actions--split")
                .child(button(t.back, "back", QUIET).testid("back"))
                .child(button(t.see_result, "finish", PRIMARY).testid("finish")),
        )
        .into()
}

fn why_line(line: &WhyLine) -> Element {
    el("li")
        .child(el("span").class("cc-why__question").text(format!("{}: ", line.question)))
        .text(line.answer.clone())
        .children(line.because.as_ref().map(|b| el("span").class("cc-why__because").text(format!(" ({b})"))))
}

/// "Why Implicit?": the answers behind a finding, in a disclosure.
fn why(why: &Why) -> Option<Element> {
    explained(why, None)
}

/// A "why" disclosure that first says what the finding means.
fn explained(why: &Why, meaning: Option<&str>) -> Option<Element> {
    if why.lines.is_empty() {
        return None;
    }
    Some(
        el("details")
            .class("cc-why")
            .child(el("summary").text(why.label.clone()))
            .children(meaning.map(|m| el("p").class("cc-why__meaning").text(m)))
            .child(el("ul").class("cc-why__list").children(why.lines.iter().map(why_line))),
    )
}

/// A move, and how the team will know it worked.
fn move_to_try(t: &Strings, label: &str, text: &str, works_when: &str) -> Element {
    el("div")
        .class("cc-move")
        .child(el("p").class("cc-move__text").child(el("strong").text(format!("{label}: "))).text(text))
        .children((!works_when.is_empty()).then(|| {
            el("p").class("cc-move__check").child(el("strong").text(format!("{}: ", t.works_when))).text(works_when)
        }))
}

fn lens(t: &Strings, item: &LensView) -> Element {
    el("div").class("cc-lens").child(el("dt").class("cc-lens__label").text(item.label.clone())).child(
        el("dd")
            .class("cc-lens__value")
            .child(el("strong").class("cc-lens__name").text(item.name.clone()))
            .child(el("span").class("cc-lens__text").text(item.text.clone()))
            .children(item.try_next.as_ref().map(|(text, check)| move_to_try(t, t.try_next, text, check)))
            .children(why(&item.why)),
    )
}

/// A trap: what it is, the move with how the team will know it worked, and the question to ask
/// the team. `folded` puts the move and the question in a disclosure (for the traps after the one
/// that matters most); the name and the "why" stay in view.
fn trap(t: &Strings, item: &TrapView, folded: bool) -> Element {
    let mut advice = vec![move_to_try(t, t.try_next, &item.next_move, &item.works_when)];
    advice.extend(item.ask.as_ref().map(|ask| {
        el("p")
            .class("cc-trap__ask")
            .testid("ask-team")
            .child(el("strong").text(format!("{}: ", t.ask_team)))
            .text(ask.clone())
    }));
    let card = el("li")
        .class(if item.active { "cc-trap cc-trap--active" } else { "cc-trap" })
        .testid("trap")
        .attr("data-trap", item.id.clone())
        .child(el("p").class("cc-badge").text(item.badge))
        .child(el("h4").class("cc-trap__name").text(item.name.clone()))
        .child(el("p").class("cc-trap__summary").text(item.summary.clone()));
    let card = if folded {
        card.child(el("details").class("cc-why cc-fold").child(el("summary").text(t.what_to_try)).children(advice))
    } else {
        card.children(advice)
    };
    card.children(why(&item.why))
}

fn reading(item: &ReadingView) -> Element {
    el("li")
        .class("cc-reading__item")
        .child(el("a").class("cc-reading__link").external(&item.url).text(item.title.clone()))
        .child(el("span").class("cc-reading__source").text(item.source.clone()))
        .child(el("p").class("cc-reading__blurb").text(item.blurb.clone()))
        .child(el("p").class("cc-reading__because").text(item.because.clone()))
}

/// One dimension: its label, its level in words, a bar with one segment per level filled up to
/// the team's (one marked segment, for a spectrum), and why. No number: levels are what the
/// answers can defend.
fn dimension(dim: &DimensionView) -> Element {
    let level = match &dim.delta {
        Some((_, change)) => format!("{} ({change})", dim.level),
        None => dim.level.clone(),
    };
    let segment = |i: usize| {
        let on = if dim.spectrum { i == dim.level_index } else { i <= dim.level_index };
        el("span").class(if on { "cc-level__segment cc-level__segment--on" } else { "cc-level__segment" })
    };
    el("li")
        .class("cc-level")
        .attr("data-dimension", dim.id.clone())
        .attr("data-level", dim.level_index.to_string())
        .attr("data-score", dim.score.to_string())
        .child(
            el("p")
                .class("cc-level__head")
                .child(el("span").class("cc-level__label").text(dim.label.clone()))
                .child(el("strong").class("cc-level__name").text(level)),
        )
        .child(
            el("span")
                .class(if dim.spectrum { "cc-level__bar cc-level__bar--spectrum" } else { "cc-level__bar" })
                .attr("aria-hidden", "true")
                .children((0..dim.level_count).map(segment)),
        )
        .children(explained(&dim.why, Some(&dim.level_text)))
}

/// Every dimension's level, with its reasons.
pub fn levels(dimensions: &[DimensionView]) -> Element {
    el("ul").class("cc-levels").testid("chart").children(dimensions.iter().map(dimension))
}

/// The result card.
/// Whose result a card shows, and what can be done with it.
pub enum ResultMode<'a> {
    /// The visitor's own: share it, take it again, see the history.
    Own {
        confirming: bool,
        can_share: bool,
        /// What the last share action said, and the link to copy by hand when copying failed.
        status: Option<&'a str>,
        manual_link: Option<&'a str>,
        /// "Send to <coach>" and its mailto: address, when the visit came from a coach's link.
        send_to: Option<(&'a str, &'a str)>,
    },
    /// Someone else's, opened from a link: read-only.
    Shared,
}

/// Copy link, Share…, Download image and SVG, with what the last of them said.
fn share_actions(
    page: &Page<'_>,
    can_share: bool,
    status: Option<&str>,
    manual_link: Option<&str>,
    send_to: Option<(&str, &str)>,
) -> Element {
    let status_id = format!("{}-share-status", page.uid);
    let mut status_line = el("p").class("cc-note").attr("id", status_id).attr("role", "status").testid("share-status");
    if let Some(said) = status {
        status_line = status_line.text(said);
    }
    el("section")
        .class("cc-result__section cc-share")
        .testid("share")
        .child(subtitle(page.t.share_heading))
        .child(el("p").class("cc-note").text(page.t.share_lead))
        .child(
            el("div")
                .class("cc-actions")
                .children(send_to.map(|(label, href)| {
                    el("a").class(PRIMARY).attr("href", href).testid("send-to-coach").child(el("bdi").text(label))
                }))
                .child(
                    button(page.t.copy_link, "copy-link", if send_to.is_some() { QUIET } else { PRIMARY })
                        .testid("copy-link"),
                )
                .children(can_share.then(|| button(page.t.share, "share", QUIET).testid("share-sheet")))
                .child(button(page.t.download_png, "download-png", QUIET).testid("download-png"))
                .child(button(page.t.download_svg, "download-svg", SMALL).testid("download-svg")),
        )
        .child(status_line)
        .children(manual_link.map(|link| manual_link_field(page.t.copy_link, link)))
}

/// The link in a read-only field, for copying by hand when the browser refused to copy it.
pub(super) fn manual_link_field(label: &str, link: &str) -> Element {
    el("input")
        .class("cc-link-field")
        .attr("type", "text")
        .attr("readonly", "")
        .attr("value", link)
        .attr("aria-label", label)
        .testid("manual-link")
}

/// The card for a link that can't be read.
pub fn damaged(t: &Strings, reason: &str) -> Node {
    el("section")
        .class("cc-screen")
        .testid("damaged")
        .child(el("h2").class("cc-title").step_heading().text(t.damaged_title))
        .child(el("p").class("cc-lead").text(reason))
        .child(
            el("div")
                .class("cc-actions")
                .child(button(t.start_assessment, "take-it-yourself", PRIMARY).testid("take-it-yourself")),
        )
        .into()
}

/// The verdict: one sentence on the fit, and the answers that say so most.
fn verdict(t: &Strings, v: &ResultView) -> Element {
    el("div")
        .class("cc-verdict")
        .testid("verdict")
        .child(el("p").class("cc-verdict__sentence").text(v.verdict.sentence.clone()))
        .children((!v.verdict.because.is_empty()).then(|| {
            el("div")
                .class("cc-verdict__because")
                .child(el("p").class("cc-note").text(t.verdict_because))
                .child(el("ul").class("cc-why__list").children(v.verdict.because.iter().map(why_line)))
        }))
}

pub fn result(page: &Page<'_>, v: &ResultView, mode: ResultMode<'_>) -> Node {
    let t = page.t;
    let comparison = match &v.previous {
        Some(p) if p.profile_changed => {
            fill(t.compared_profile_changed, &[("date", &(page.date)(p.finished_at)), ("profile", &p.profile)])
        }
        Some(p) => fill(t.compared, &[("date", &(page.date)(p.finished_at))]),
        None if v.previous_earlier => t.compared_earlier.to_owned(),
        None => t.first_result.to_owned(),
    };
    let shared = matches!(mode, ResultMode::Shared);
    let eyebrow = if shared { t.shared_eyebrow } else { v.profile.lens_label.as_str() };
    let (top, others) = match v.traps.split_first() {
        Some((top, others)) => (Some(top), others),
        None => (None, &[][..]),
    };
    let top_trap = el("section")
        .class("cc-result__section cc-top-trap")
        .child(subtitle(if top.is_some() { t.top_trap_heading } else { t.traps_heading }))
        .child(match top {
            Some(item) => el("ol").class("cc-traps").child(trap(t, item, false)),
            None => el("p").text(t.no_traps),
        });
    // First on a phone: the verdict and the profile, the trap that matters most, the share action.
    let mut card = el("article")
        .class("cc-screen cc-result")
        .testid(if shared { "shared-result" } else { "result" })
        .children(shared.then(|| el("p").class("cc-banner").testid("shared-banner").text(t.shared_lead)))
        .child(
            el("header")
                .class("cc-result__header")
                .child(el("p").class("cc-eyebrow").text(format!("{eyebrow} · {}", (page.date)(v.finished_at))))
                .child(el("h2").class("cc-title").step_heading().testid("profile-name").text(v.profile.name.clone()))
                .child(el("p").class("cc-lead").text(v.profile.summary.clone())),
        )
        .child(verdict(t, v))
        .child(top_trap);
    card = match &mode {
        ResultMode::Shared => card.child(
            el("div")
                .class("cc-actions")
                .child(button(t.take_it_yourself, "take-it-yourself", PRIMARY).testid("take-it-yourself")),
        ),
        ResultMode::Own { can_share, status, manual_link, send_to, .. } => {
            card.child(share_actions(page, *can_share, *status, *manual_link, *send_to))
        }
    };
    // Then the whole picture.
    card = card
        .child(
            el("section")
                .class("cc-result__section")
                .testid("profile")
                .child(subtitle(t.more_heading))
                .child(el("p").text(v.profile.description.clone()))
                .children(why(&v.profile.why))
                .child(el("div").class("cc-callout").child(move_to_try(
                    t,
                    t.try_next,
                    &v.profile.try_next,
                    &v.profile.works_when,
                )))
                .child(el("dl").class("cc-lenses").children(v.lenses.iter().map(|l| lens(t, l))))
                .child(el("dl").class("cc-lenses cc-lenses--signals").children(v.signals.iter().map(|l| lens(t, l)))),
        )
        .child(
            el("section")
                .class("cc-result__section")
                .child(subtitle(t.scores_heading))
                .child(levels(&v.dimensions))
                .child(el("p").class("cc-note").text(comparison))
                .child(el("p").class("cc-note").text(t.spectrum_note)),
        )
        .children((!others.is_empty()).then(|| {
            el("section")
                .class("cc-result__section")
                .child(subtitle(t.other_traps_heading))
                .child(el("ol").class("cc-traps").children(others.iter().map(|x| trap(t, x, true))))
        }))
        .child(
            el("section")
                .class("cc-result__section")
                .testid("reading")
                .child(subtitle(t.reading_heading))
                .child(el("ul").class("cc-reading").children(v.reading.iter().map(reading))),
        )
        .children(page.model_url.map(|url| {
            el("p").class("cc-note cc-model-link").child(el("a").external(url).testid("how-scored").text(t.how_scored))
        }));
    match mode {
        ResultMode::Shared => card.into(),
        ResultMode::Own { confirming, .. } => card
            .child(
                el("div")
                    .class("cc-actions")
                    .child(button(t.take_again, "start-over", PRIMARY).testid("take-again"))
                    .child(button(t.home, "home", QUIET)),
            )
            .children(history(page, &v.history))
            .child(forget(t, confirming))
            .into(),
    }
}

/// A result kept from an earlier version of the questions: what it said, and the way on.
pub fn earlier(page: &Page<'_>, v: &EarlierView, confirming: bool) -> Node {
    let t = page.t;
    el("section")
        .class("cc-screen")
        .testid("earlier-version")
        .child(el("h2").class("cc-title").step_heading().text(t.earlier_title))
        .child(
            el("p")
                .class("cc-lead")
                .text(fill(t.earlier_profile, &[("date", &(page.date)(v.finished_at)), ("profile", &v.profile)])),
        )
        .child(el("p").text(t.earlier_lead))
        .child(
            el("div")
                .class("cc-actions")
                .child(button(t.take_again, "start-over", PRIMARY).testid("take-again"))
                .child(button(t.home, "home", QUIET)),
        )
        .children(history(page, &v.history))
        .child(forget(t, confirming))
        .into()
}

/// The card for a link made with an earlier version of the questions: never "damaged".
pub fn earlier_link(t: &Strings) -> Node {
    el("section")
        .class("cc-screen")
        .testid("earlier-link")
        .child(el("h2").class("cc-title").step_heading().text(t.earlier_title))
        .child(el("p").class("cc-lead").text(t.earlier_lead))
        .child(
            el("div")
                .class("cc-actions")
                .child(button(t.start_assessment, "take-it-yourself", PRIMARY).testid("take-it-yourself")),
        )
        .into()
}

/// The markup for the screen a session is on, or `None` for a question (an interactive form).
/// What the shell knows about sharing on this page: whether there is a system share sheet, and
/// what the last share action said.
#[derive(Default)]
pub struct ShareUi<'a> {
    pub can_share: bool,
    pub status: Option<&'a str>,
    pub manual_link: Option<&'a str>,
    /// The coach whose link the visit came from.
    pub coach: Option<&'a CoachInvite>,
    /// "Send to <coach>" and its mailto: address, on the result.
    pub send_to: Option<(&'a str, &'a str)>,
}

pub fn screen(instrument: &Instrument, session: &Session, page: &Page<'_>, share: &ShareUi<'_>) -> Option<Node> {
    let confirming = session.confirming_delete;
    match ScreenKey::of(instrument, session) {
        ScreenKey::Intro => {
            let stored = !session.answers.is_empty() || !session.history.is_empty();
            Some(intro(page, &view::intro(instrument, session), stored, confirming, share.coach))
        }
        ScreenKey::Resume => Some(resume(page.t, &view::resume(instrument, session))),
        ScreenKey::Review => Some(review(page.t, &view::review(instrument, session))),
        ScreenKey::Result(id) => {
            let mode = ResultMode::Own {
                confirming,
                can_share: share.can_share,
                status: share.status,
                manual_link: share.manual_link,
                send_to: share.send_to,
            };
            session.history.get(id).map(|entry| {
                if entry.instrument_version == instrument.version {
                    result(page, &view::result(instrument, session, entry), mode)
                } else {
                    earlier(page, &view::earlier(instrument, session, entry), confirming)
                }
            })
        }
        ScreenKey::Question(_) => None,
    }
}
