//! Every answer, grouped by section, each with "Change"; then the result.

use leptos::prelude::*;

use crate::core::session::Event;
use crate::core::view;
use crate::ui::context::{use_ctx, Action};
use crate::ui::controls::{button, button_labelled, subtitle, PRIMARY, QUIET, SMALL};

#[component]
pub fn Review() -> impl IntoView {
    let ctx = use_ctx();
    let t = ctx.instrument.strings();
    // Redrawn only when the answers change (from another tab): the review shows no other state.
    let v = Memo::new(move |_| ctx.session.with(|s| view::review(ctx.instrument, s)));
    move || {
        let sections = v
            .get()
            .sections
            .into_iter()
            .map(|section| {
                let items = section
                    .items
                    .into_iter()
                    .map(|item| {
                        let class = if item.answer.is_none() {
                            "cc-review__item cc-review__item--missing"
                        } else {
                            "cc-review__item"
                        };
                        let change = button_labelled(
                            t.change.into(),
                            SMALL,
                            Some(format!("edit-{}", item.index)),
                            Some(format!("{}: {}", t.change, item.prompt)),
                            Event::Edit { question: item.index }.into(),
                        );
                        view! {
                            <div class=class>
                                <dt class="cc-review__prompt">{item.prompt}</dt>
                                <dd class="cc-review__answer">
                                    <span>{item.answer.unwrap_or_else(|| t.not_answered.to_owned())}</span>
                                    {change}
                                </dd>
                            </div>
                        }
                    })
                    .collect_view();
                view! { {subtitle(&section.title)}<dl class="cc-review__list">{items}</dl> }
            })
            .collect_view();
        view! {
            <section class="cc-screen cc-review" data-testid="review">
                <h2 class="cc-title" tabindex="-1" data-step-heading="">{t.review_title}</h2>
                <p>{t.review_lead}</p>
                {sections}
                <div class="cc-actions cc-actions--split">
                    {button(t.back.into(), QUIET, Some("back".into()), Event::Back.into())}
                    {button(t.see_result.into(), PRIMARY, Some("finish".into()), Action::Finish)}
                </div>
            </section>
        }
    }
}
