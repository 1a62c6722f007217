//! The team view as a standalone 1200×630 SVG, like the result card's image: one strip per
//! dimension with a dot per person and the median, and the question the team disagrees on most.

use super::card_image::{canvas, label, rect, wrap, Colours};
use super::{svg, Element, Node};
use crate::core::locale::{fill, Strings};
use crate::core::team::TeamView;

pub use super::card_image::{HEIGHT, WIDTH};

const LEFT: u32 = 480;
const TRACK_WIDTH: u32 = 560;

/// The heading's largest and smallest size in px, and what fits across the image at a size:
/// about 1950 / size characters of bold text in 1072 px.
const HEADING_MAX: u32 = 52;
const HEADING_MIN: u32 = 30;
const HEADING_FIT: u32 = 1950;

/// The heading ("Platform: 5 results compared"), smaller for a long team name and cut with "…"
/// if it still doesn't fit.
fn heading(c: &Colours, text: &str) -> Element {
    let chars = u32::try_from(text.chars().count()).unwrap_or(u32::MAX).max(1);
    let size = (HEADING_FIT / chars).clamp(HEADING_MIN, HEADING_MAX);
    let fits = (HEADING_FIT / size) as usize;
    let shown: String = if text.chars().count() > fits {
        text.chars().take(fits.saturating_sub(1)).chain(std::iter::once('…')).collect()
    } else {
        text.to_owned()
    };
    label(64, 140, size, "700", &c.ink, &shown)
}

/// The image, dated `date` (the day it is made).
pub fn team_image(t: &Strings, v: &TeamView, date: &str) -> Node {
    let count = v.count.to_string();
    let c = Colours::light();
    let mut image = canvas(&c, fill(t.team().image_label, &[("count", &count)]), t.team().image_brand, date)
        .child(heading(&c, &v.heading))
        .child(label(64, 184, 24, "400", &c.muted, t.team().strips_lead));
    let top = 224;
    for (i, strip) in v.strips.iter().take(7).enumerate() {
        let y = top + 44 * i as u32;
        image = image.child(label(64, y + 15, 21, "400", &c.ink, &strip.label)).child(rect(
            LEFT,
            y + 4,
            TRACK_WIDTH,
            8,
            &c.track,
        ));
        for (score, row) in strip.scores.iter().zip(&strip.rows) {
            let x = LEFT + TRACK_WIDTH * u32::from((*score).min(100)) / 100;
            let lift = 7 * u32::try_from((*row).min(3)).unwrap_or(3);
            image = image.child(
                svg("circle")
                    .attr("cx", x.to_string())
                    .attr("cy", (y + 8).saturating_sub(lift).to_string())
                    .attr("r", "8")
                    .attr("fill", c.accent.as_str())
                    .attr("fill-opacity", "0.75"),
            );
        }
        let median = LEFT + TRACK_WIDTH * u32::from(strip.median.min(100)) / 100;
        image = image
            .child(
                svg("rect")
                    .attr("x", median.saturating_sub(2).to_string())
                    .attr("y", y.saturating_sub(8).to_string())
                    .attr("width", "4")
                    .attr("height", "32")
                    .attr("rx", "2")
                    .attr("fill", c.ink.as_str()),
            )
            .child(label(1060, y + 15, 21, "600", &c.ink, &strip.median.to_string()));
    }
    if let Some(most) = v.divergences.first() {
        let line = wrap(&fill(t.team().image_most, &[("question", &most.short)]), 86, 1);
        image = image.children(line.first().map(|l| label(64, 590, 22, "600", &c.muted, l)));
    }
    image.into()
}
