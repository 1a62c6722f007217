//! The page's URL: its fragment (where shared links live) and its address for new links.

use wasm_bindgen::JsValue;

/// The page's fragment, without `#`; empty when there is none or it can't be read.
pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// The page's full address, the base for share links.
pub fn href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// Replaces the fragment without a reload or a new history entry (and without scrolling).
pub fn replace_fragment(fragment: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(href) = window.location().href() else { return };
    let base = href.split_once('#').map_or(href.as_str(), |(base, _)| base);
    let url = if fragment.is_empty() { base.to_owned() } else { format!("{base}#{fragment}") };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
