//! A host's `accent` colour: checked by the browser's CSS parser, and applied with the text colour
//! that reads best on it. Styles are set through the CSSOM, which a strict `style-src` allows.

#[cfg(feature = "widget")]
use wasm_bindgen::JsCast;

#[cfg(feature = "widget")]
use crate::core::colour::{Rgb, DARK_THEME, LIGHT_THEME};

/// Whether the browser takes `value` as a CSS colour.
pub fn is_colour(value: &str) -> bool {
    web_sys::css::supports_with_value("color", value).unwrap_or(false)
}

#[cfg(feature = "widget")]
/// The colour as sRGB, normalised by a canvas (which turns any CSS colour into `#rrggbb`).
fn to_rgb(value: &str) -> Option<Rgb> {
    let document = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context.set_fill_style_str(value);
    Rgb::parse(&context.fill_style().as_string()?)
}

#[cfg(feature = "widget")]
/// Sets the accent on the widget's root, with a readable text colour on it and, for each theme,
/// the ink: the accent as text and UI parts, adjusted until it reads on that theme's backgrounds.
/// Style writes only fail on a read-only declaration, which a root's own style never is.
pub fn apply(root: &web_sys::HtmlElement, accent: &str) {
    let style = root.style();
    let _ = style.set_property("--cc-accent", accent);
    if let Some(rgb) = to_rgb(accent) {
        let _ = style.set_property("--cc-on-accent", rgb.text_on());
        let _ = style.set_property("--_ink-on-light", &rgb.ink_in(&LIGHT_THEME).hex());
        let _ = style.set_property("--_ink-on-dark", &rgb.ink_in(&DARK_THEME).hex());
    }
}
