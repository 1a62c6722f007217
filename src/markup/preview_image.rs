//! The link preview of the hosted pages (their `og:image`): the check's question, what a reader
//! gets, and how long it takes, on the result card's canvas. `make dist` draws it to a PNG.

use super::card_image::{canvas, label, rect, wrap, Colours};
use super::{Element, Node};
use crate::core::instrument::{Category, Instrument};

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
    invitation(image, instrument, &c, t.start_assessment)
}

/// The card's last line: a button saying `action`, how long the check takes, and the privacy line.
fn invitation(image: Element, instrument: &Instrument, c: &Colours, action: &str) -> Node {
    let t = instrument.strings();
    let length = t.length(instrument.question_count(), instrument.minutes);
    image
        .child(rect(64, 510, 360, 64, &c.accent))
        .child(label(92, 551, 26, "700", &c.on_accent, action))
        .child(label(456, 539, 22, "600", &c.ink, &length))
        .child(label(456, 569, 20, "400", &c.muted, t.privacy_short))
        .into()
}

/// The link preview of a profile's share page (`r/<profile>/`, its `og:image`): the profile a
/// shared result names, what it means, and the invitation to take the check. No scores: the page
/// is the same for everyone with that profile.
pub fn profile_preview_image(instrument: &Instrument, profile: &Category) -> Node {
    let t = instrument.strings();
    let c = Colours::light();
    let mut image = canvas(&c, profile.name.clone(), t.card_brand, "");
    image = image.child(label(64, 150, 24, "600", &c.muted, t.shared_eyebrow));
    let mut y = 226;
    for line in wrap(&profile.name, 30, 2) {
        image = image.child(label(64, y, 64, "700", &c.ink, &line));
        y += 76;
    }
    y += 4;
    for line in wrap(&profile.summary, 64, 3) {
        image = image.child(label(64, y, 30, "400", &c.ink, &line));
        y += 42;
    }
    invitation(image, instrument, &c, t.take_it_yourself)
}
