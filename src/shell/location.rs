//! The page's URL: its fragment (where shared links live) and its address for new links.

use wasm_bindgen::JsCast;
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
/// the widget's stylesheet link in the element's shadow root or document (a query or fragment on
/// the link, such as a cache-buster, is ignored). `None` when the page loads the styles some
/// other way.
pub fn hosted_file(element: &web_sys::Element, path: &str) -> Option<String> {
    let selector = format!("link[rel=stylesheet][href*=\"{STYLESHEET}\"]");
    let root: JsValue = element.get_root_node().into();
    let query = js_sys::Reflect::get(&root, &JsValue::from_str("querySelector")).ok()?;
    let query: &js_sys::Function = query.dyn_ref()?;
    let link = query.call1(&root, &JsValue::from_str(&selector)).ok().filter(|l| !l.is_null())?;
    let href = js_sys::Reflect::get(&link, &JsValue::from_str("href")).ok()?.as_string()?;
    let address = href.split(['?', '#']).next().unwrap_or_default();
    let base = address.strip_suffix(STYLESHEET)?;
    Some(format!("{base}{path}"))
}
