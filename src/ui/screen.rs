//! Which screen is up: the visitor's own step, or a link they arrived with. Each screen is drawn
//! afresh only when this changes; within a screen, only what changed is redrawn.

use leptos::prelude::*;

use crate::core::arrival::Arrival;
use crate::core::session::ScreenKey;
use crate::core::view::{self, OwnResult, ResultView};
use crate::ui::arrived::{Damaged, EarlierLink};
use crate::ui::context::use_ctx;
use crate::ui::earlier::Earlier;
use crate::ui::intro::Intro;
use crate::ui::question::QuestionStep;
use crate::ui::result::{ResultCard, Whose};
use crate::ui::resume::Resume;
use crate::ui::review::Review;

/// What the widget shows, without the contents of the visitor's own screens.
#[derive(Debug, Clone, PartialEq)]
enum Shown {
    Own(ScreenKey),
    Shared(Box<ResultView>),
    EarlierLink,
    Damaged(String),
}

/// The screen's name for the widget's `data-screen` attribute.
pub fn screen_name(arrival: &Arrival, key: ScreenKey) -> &'static str {
    if *arrival == Arrival::Own {
        key.name()
    } else {
        "shared"
    }
}

#[component]
pub fn Screen() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    let shown = Memo::new(move |_| {
        ctx.arrival.with(|arrived| match arrived {
            Arrival::Own => Shown::Own(ctx.session.with(|s| ScreenKey::of(ctx.instrument, s))),
            Arrival::Shared(result) => Shown::Shared(Box::new(view::shared_result(ctx.instrument, result))),
            Arrival::Earlier { .. } => Shown::EarlierLink,
            Arrival::Damaged(error) => Shown::Damaged(t.damaged(error).to_owned()),
        })
    });
    move || match shown.get() {
        Shown::Own(ScreenKey::Intro) => view! { <Intro/> }.into_any(),
        Shown::Own(ScreenKey::Resume) => view! { <Resume/> }.into_any(),
        Shown::Own(ScreenKey::Question(index)) => view! { <QuestionStep index/> }.into_any(),
        Shown::Own(ScreenKey::Review) => view! { <Review/> }.into_any(),
        Shown::Own(ScreenKey::Result(id)) => view! { <OwnResult id/> }.into_any(),
        Shown::Shared(v) => view! { <ResultCard v=*v whose=Whose::Shared/> }.into_any(),
        Shown::EarlierLink => view! { <EarlierLink/> }.into_any(),
        Shown::Damaged(reason) => view! { <Damaged reason/> }.into_any(),
    }
}

/// The visitor's result `id`, redrawn only when what it says changes: the history below it
/// redraws itself, so deleting another result (or asking to delete everything) leaves the card,
/// and any "Why" open on it, as it was.
#[component]
fn OwnResult(id: u64) -> impl IntoView {
    let ctx = use_ctx();
    let kept = Memo::new(move |_| ctx.session.with(|s| view::own_result(ctx.instrument, s, id)));
    move || match kept.get()? {
        OwnResult::Current(v) => Some(view! { <ResultCard v=*v whose=Whose::Own/> }.into_any()),
        OwnResult::Earlier(v) => Some(view! { <Earlier v/> }.into_any()),
    }
}
