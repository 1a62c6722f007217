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

/// The stylesheet the widget was given, whose address tells where its files are hosted.
const STYLESHEET: &str = "styles/context-check.css";

/// The address of a file hosted beside the widget's own (such as `www/model.html`), found from
/// the widget's stylesheet link: the one before `element` in a shadow root, or the page's.
/// `None` when the page loads the styles some other way.
pub fn hosted_file(element: &web_sys::Element, path: &str) -> Option<String> {
    let absolute = |link: web_sys::Element| -> Option<String> {
        let href = js_sys::Reflect::get(&link, &JsValue::from_str("href")).ok()?.as_string()?;
        let base = href.strip_suffix(STYLESHEET)?;
        Some(format!("{base}{path}"))
    };
    let sibling = element.previous_element_sibling().filter(|e| e.tag_name().eq_ignore_ascii_case("link"));
    if let Some(found) = sibling.and_then(absolute) {
        return Some(found);
    }
    let document = element.owner_document()?;
    let link = document.query_selector(&format!("link[rel=stylesheet][href$=\"{STYLESHEET}\"]")).ok()??;
    absolute(link)
}
