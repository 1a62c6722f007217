//! The email answer block's image buttons: one per option of the first question, drawn to a PNG
//! by `make dist` (`www/email/<lang>/<option>.png`), for email clients that show images. The
//! option's words are the image's alt text in the block, so a client that blocks images still
//! shows them.

use super::card_image::{label, wrap, Colours};
use super::{svg, Node};

/// The image's size in pixels: twice what the block shows (560×72), for sharp text on phones.
pub const WIDTH: u32 = 1120;
pub const HEIGHT: u32 = 144;

/// The button for an option whose words are `words`, in the widget's light theme: the accent
/// filled, the words in one or two lines on it (cut with "…" past two).
pub fn email_button(words: &str) -> Node {
    let c = Colours::light();
    let lines = wrap(words, 50, 2);
    let (size, gap) = (34, 44);
    let first = HEIGHT / 2 + 12 - (lines.len() as u32).saturating_sub(1) * gap / 2;
    let mut image = svg("svg")
        .attr("width", WIDTH.to_string())
        .attr("height", HEIGHT.to_string())
        .attr("viewBox", format!("0 0 {WIDTH} {HEIGHT}"))
        .attr("font-family", super::card_image::FONT)
        .attr("role", "img")
        .attr("aria-label", words)
        .child(
            svg("rect").attr("width", "100%").attr("height", "100%").attr("rx", "12").attr("fill", c.accent.as_str()),
        );
    for (i, line) in lines.iter().enumerate() {
        image = image.child(label(40, first + i as u32 * gap, size, "700", &c.on_accent, line));
    }
    image.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::to_markup_string;

    #[test]
    fn a_long_option_wraps_onto_two_lines_and_its_words_stay_text() {
        let svg = to_markup_string(&email_button("Finding out whether a new product & <its> offering can work"));
        assert_eq!(svg.matches("<text ").count(), 2, "{svg}");
        assert!(svg.contains("&amp; &lt;its&gt;"), "{svg}");
        assert!(!svg.contains("<its>"));
    }

    #[test]
    fn a_short_option_is_one_line_in_the_middle() {
        let svg = to_markup_string(&email_button("Keeping a platform running"));
        assert_eq!(svg.matches("<text ").count(), 1, "{svg}");
        assert!(svg.contains(&format!("y=\"{}\"", HEIGHT / 2 + 12)), "{svg}");
    }
}
