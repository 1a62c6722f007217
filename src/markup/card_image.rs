//! The result card as a standalone 1200×630 SVG, the size social posts use. It carries its own
//! colours and a system font stack and refers to nothing outside itself, so the browser can draw
//! it onto a canvas for the PNG with no request.

use super::{svg, Element, Node};
use crate::core::colour::LIGHT_THEME;
use crate::core::locale::{fill, Strings};
use crate::core::view::ResultView;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

pub(super) const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/// The images' colours: the light theme's (src/core/colour.rs), as `#rrggbb`.
pub(super) struct Colours {
    pub background: String,
    pub on_accent: String,
    pub ink: String,
    pub muted: String,
    pub accent: String,
    pub track: String,
}

impl Colours {
    pub fn light() -> Self {
        let t = &LIGHT_THEME;
        Colours {
            background: t.background.hex(),
            on_accent: t.on_accent.hex(),
            ink: t.text.hex(),
            muted: t.muted.hex(),
            accent: t.accent.hex(),
            track: t.track.hex(),
        }
    }
}

/// Splits `text` into at most `lines` lines of about `width` characters, ending with "…" when
/// something was left out.
pub fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let needed =
            if current.is_empty() { word.chars().count() } else { current.chars().count() + 1 + word.chars().count() };
        if needed > width && !current.is_empty() {
            out.push(std::mem::take(&mut current));
            if out.len() == lines {
                if let Some(last) = out.last_mut() {
                    last.push('…');
                }
                return out;
            }
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
        if words.peek().is_none() {
            out.push(std::mem::take(&mut current));
        }
    }
    out
}

pub(super) fn label(x: u32, y: u32, size: u32, weight: &str, fill: &str, value: &str) -> Element {
    svg("text")
        .attr("x", x.to_string())
        .attr("y", y.to_string())
        .attr("font-size", size.to_string())
        .attr("font-weight", weight)
        .attr("fill", fill)
        .text(value)
}

pub(super) fn rect(x: u32, y: u32, width: u32, height: u32, fill: &str) -> Element {
    svg("rect")
        .attr("x", x.to_string())
        .attr("y", y.to_string())
        .attr("width", width.to_string())
        .attr("height", height.to_string())
        .attr("rx", (height / 2).min(8).to_string())
        .attr("fill", fill)
}

/// A blank 1200×630 image named `name` for screen readers, with the accent's stripe and the brand
/// line ("CONTEXT CHECK · 24 Nov 2026", or the brand alone without a date).
pub(super) fn canvas(c: &Colours, name: String, brand: &str, date: &str) -> Element {
    let brand_line = if date.is_empty() { brand.to_owned() } else { format!("{brand} · {date}") };
    svg("svg")
        .attr("width", WIDTH.to_string())
        .attr("height", HEIGHT.to_string())
        .attr("viewBox", format!("0 0 {WIDTH} {HEIGHT}"))
        .attr("font-family", FONT)
        .attr("role", "img")
        .attr("aria-label", name)
        .child(svg("rect").attr("width", "100%").attr("height", "100%").attr("fill", c.background.as_str()))
        .child(svg("rect").attr("width", "16").attr("height", "100%").attr("fill", c.accent.as_str()))
        .child(label(64, 76, 22, "600", &c.muted, &brand_line))
}

/// The card: profile, verdict, one level bar per dimension, the traps to watch, and where to take
/// the check (`address`, in words: the author's post or the hosted page).
pub fn card_image(t: &Strings, v: &ResultView, date: &str, address: &str) -> Node {
    let c = Colours::light();
    let take_yours = fill(t.card_take_yours, &[("address", address)]);
    let mut image = canvas(&c, fill(t.card_label, &[("profile", &v.profile.name)]), t.card_brand, date)
        .child(label(1136, 76, 22, "600", &c.accent, &take_yours).attr("text-anchor", "end"))
        .child(label(64, 116, 24, "600", &c.accent, &v.profile.lens_label))
        .child(label(64, 178, 56, "700", &c.ink, &v.profile.name));
    for (i, line) in wrap(&v.verdict.sentence, 70, 2).iter().enumerate() {
        image = image.child(label(64, 224 + 34 * i as u32, 26, "400", &c.ink, line));
    }
    let top = 306;
    for (i, dim) in v.dimensions.iter().take(7).enumerate() {
        let y = top + 36 * i as u32;
        // One segment per level, filled up to the team's: a level, not a number.
        let count = u32::try_from(dim.level_count.max(1)).unwrap_or(1);
        let at = u32::try_from(dim.level_index).unwrap_or(0);
        let filled = 400 * (at + 1) / count;
        image = image.child(label(64, y + 14, 21, "400", &c.ink, &dim.label)).child(rect(480, y, 400, 16, &c.track));
        // A spectrum has no better end: a dot for where the team is, not a bar to fill.
        image = if dim.spectrum {
            image.child(
                svg("circle")
                    .attr("cx", (480 + 400 * (2 * at + 1) / (2 * count)).to_string())
                    .attr("cy", (y + 8).to_string())
                    .attr("r", "11")
                    .attr("fill", c.accent.as_str()),
            )
        } else {
            image.child(rect(480, y, filled.max(4), 16, &c.accent))
        };
        image = image.child(label(900, y + 15, 21, "600", &c.ink, &dim.level));
    }
    let traps: Vec<&str> = v.traps.iter().map(|t| t.name.as_str()).collect();
    if !traps.is_empty() {
        let line = wrap(&fill(t.card_traps, &[("traps", &traps.join(" · "))]), 86, 1);
        image = image.children(line.first().map(|l| label(64, 590, 22, "600", &c.muted, l)));
    }
    image.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole_and_marks_what_was_cut() {
        assert_eq!(wrap("one two three four", 9, 3), vec!["one two", "three", "four"]);
        assert_eq!(wrap("one two three four", 9, 2), vec!["one two", "three…"]);
        assert_eq!(wrap("", 9, 2), Vec::<String>::new());
    }
}
