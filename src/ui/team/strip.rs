//! One dimension's strip: a track divided into the dimension's level bands, a dot per person
//! (stacked where they would overlap) and the median as a line, drawn as inline SVG; the bands'
//! names under it, so a dot reads as "Implicit" without a number. The text beside it says the
//! same for screen readers.

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
        .zip(&strip.who)
        .map(|((score, row), who)| {
            view! {
                <circle
                    class="cc-team__dot"
                    data-testid="team-dot"
                    cx=percent(*score)
                    cy=centre(*row).to_string()
                    r=DOT_RADIUS.to_string()
                >
                    <title>{format!("{who}: {score}")}</title>
                </circle>
            }
        })
        .collect_view();
    // Each band from its first score to the next band's, on the 0 to 100 track.
    let bands = strip
        .bands
        .iter()
        .enumerate()
        .map(|(i, band)| {
            let width = band.to.min(100).saturating_sub(band.from);
            view! {
                <rect
                    class=if i % 2 == 0 { "cc-team__band" } else { "cc-team__band cc-team__band--alt" }
                    x=percent(band.from)
                    y=(track - 5).to_string()
                    width=percent(width)
                    height="10"
                />
            }
        })
        .collect_view();
    let columns = strip
        .bands
        .iter()
        .map(|band| format!("{}fr", band.to.min(100).saturating_sub(band.from).max(1)))
        .collect::<Vec<_>>()
        .join(" ");
    let names =
        strip.bands.iter().map(|band| view! { <li class="cc-team__band-name">{band.name.clone()}</li> }).collect_view();
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
                {bands}
                {dots}
                <line class="cc-team__median" x1=median.clone() x2=median y1="0" y2=height.to_string()/>
            </svg>
            <ol class="cc-team__bands" aria-hidden="true" data-testid="strip-bands" style:grid-template-columns=columns>
                {names}
            </ol>
            <p class="cc-visually-hidden">{strip.scores_text.clone()}</p>
        </li>
    }
}
