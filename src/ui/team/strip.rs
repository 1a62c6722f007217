//! One dimension's strip: a track with a dot per person, stacked where they would overlap, and
//! the median as a line, drawn as inline SVG. The text beside it says the same for screen readers.

use leptos::prelude::*;

use crate::core::team::StripView;

/// Dots in a strip: their radius, and how far apart stacked rows sit, in px. Tall stacks sit
/// closer, overlapping, so that thirty alike answers still fit in a few lines' height.
const DOT_RADIUS: usize = 7;
const ROW: usize = 16;
const STACK: usize = 96;

fn percent(score: u8) -> String {
    format!("{score}%")
}

pub fn strip(strip: &StripView) -> impl IntoView + use<> {
    let rows = strip.rows.iter().copied().max().unwrap_or(0) + 1;
    let step = (STACK / rows).clamp(5, ROW);
    let height = (rows - 1) * step + 2 * DOT_RADIUS + 4;
    let centre = move |row: usize| height - DOT_RADIUS - 2 - row * step;
    let track = centre(0);
    let dots = strip
        .scores
        .iter()
        .zip(&strip.rows)
        .map(|(score, row)| {
            view! {
                <circle
                    class="cc-team__dot"
                    data-testid="team-dot"
                    cx=percent(*score)
                    cy=centre(*row).to_string()
                    r=DOT_RADIUS.to_string()
                />
            }
        })
        .collect_view();
    let median = percent(strip.median);
    view! {
        <li class="cc-team__strip" data-testid="strip" data-dimension=strip.id.clone() data-median=strip.median.to_string()>
            <p class="cc-team__strip-head">
                <span class="cc-team__label">{strip.label.clone()}</span>
                <span class="cc-team__value">{strip.value.clone()}</span>
            </p>
            <svg
                class="cc-team__track"
                width="100%"
                height=height.to_string()
                overflow="visible"
                aria-hidden="true"
                focusable="false"
            >
                <rect class="cc-chart__track" x="0" y=(track - 3).to_string() width="100%" height="6" rx="3"/>
                {dots}
                <line class="cc-team__median" x1=median.clone() x2=median y1="0" y2=height.to_string()/>
            </svg>
            <p class="cc-visually-hidden">{strip.scores_text.clone()}</p>
        </li>
    }
}
