//! A host's `accent` colour: checked by the browser's CSS parser, and applied with the text colour
//! that reads best on it. Styles are set through the CSSOM, which a strict `style-src` allows.

use wasm_bindgen::JsCast;

use crate::core::colour::Rgb;

/// Whether the browser takes `value` as a CSS colour.
pub fn is_colour(value: &str) -> bool {
    web_sys::css::supports_with_value("color", value).unwrap_or(false)
}

/// The colour as sRGB, normalised by a canvas (which turns any CSS colour into `#rrggbb`).
fn to_rgb(value: &str) -> Option<Rgb> {
    let document = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas").ok()?.dyn_into().ok()?;
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context.set_fill_style_str(value);
    Rgb::parse(&context.fill_style().as_string()?)
}

/// Sets the accent, and a readable text colour on it, on the widget's root.
pub fn apply(root: &web_sys::HtmlElement, accent: &str) {
    let style = root.style();
    let _ = style.set_property("--cc-accent", accent);
    if let Some(rgb) = to_rgb(accent) {
        let _ = style.set_property("--cc-on-accent", rgb.text_on());
    }
}
