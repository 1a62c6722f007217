//! The link preview of the hosted pages (their `og:image`): the check's question, what a reader
//! gets, and how long it takes, on the result card's canvas. `make dist` draws it to a PNG.

use super::card_image::{canvas, label, rect, wrap, Colours};
use super::Node;
use crate::core::instrument::Instrument;

/// The preview card of `instrument`, in its language.
pub fn preview_image(instrument: &Instrument) -> Node {
    let t = instrument.strings();
    let c = Colours::light();
    let mut image = canvas(&c, instrument.tagline.clone(), t.card_brand, "");
    let mut y = 168;
    for line in wrap(&instrument.tagline, 34, 3) {
        image = image.child(label(64, y, 56, "700", &c.ink, &line));
        y += 68;
    }
    y += 12;
    for line in wrap(&instrument.intro, 72, 4) {
        image = image.child(label(64, y, 26, "400", &c.ink, &line));
        y += 36;
    }
    let length = t.length(instrument.question_count(), instrument.minutes);
    image
        .child(rect(64, 510, 360, 64, &c.accent))
        .child(label(92, 551, 26, "700", &c.on_accent, t.start_assessment))
        .child(label(456, 539, 22, "600", &c.ink, &length))
        .child(label(456, 569, 20, "400", &c.muted, t.privacy_short))
        .into()
}
