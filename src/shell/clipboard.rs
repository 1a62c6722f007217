//! The clipboard and the system share sheet.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; false when the browser refuses (no permission, an insecure page, an old API).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    if !policy_allows(&window, "clipboard-write") {
        return false;
    }
    let clipboard = window.navigator().clipboard();
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

#[cfg(feature = "widget")]
fn has(object: &JsValue, name: &str) -> bool {
    js_sys::Reflect::has(object, &JsValue::from_str(name)).unwrap_or(false)
}

/// Whether the page's permissions policy lets this document use `feature`: a frame from another
/// origin may copy or share only with `allow="clipboard-write; web-share"`. A feature the browser's
/// policy doesn't know (web-share where there is no share sheet), or a browser that can't say
/// (Safari, Firefox), is taken at its word: a refusal then shows the link to copy by hand.
fn policy_allows(window: &web_sys::Window, feature: &str) -> bool {
    let Some(document) = window.document() else { return false };
    let feature = JsValue::from_str(feature);
    for name in ["permissionsPolicy", "featurePolicy"] {
        let policy = js_sys::Reflect::get(&document, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        let method = |name: &str| {
            js_sys::Reflect::get(&policy, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok()
        };
        if let (Some(features), Some(allows)) = (method("features"), method("allowsFeature")) {
            let known = features.call0(&policy).ok().and_then(|list| list.dyn_into::<js_sys::Array>().ok());
            if !known.is_some_and(|list| list.includes(&feature, 0)) {
                return true;
            }
            return allows.call1(&policy, &feature).map_or(true, |v| v.is_truthy());
        }
    }
    true
}

#[cfg(feature = "widget")]
/// Whether the share sheet may open here with `data`: the Web Share API exists, the permissions
/// policy allows it, and `navigator.canShare`, where the browser has it, accepts the data.
fn can_share_data(data: &web_sys::ShareData) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let navigator = window.navigator();
    has(&navigator, "share")
        && policy_allows(&window, "web-share")
        && (!has(&navigator, "canShare") || navigator.can_share_with_data(data))
}

#[cfg(feature = "widget")]
/// Whether the share sheet may open here with a link.
pub fn can_share() -> bool {
    let data = web_sys::ShareData::new();
    data.set_url("https://example.com/");
    can_share_data(&data)
}

#[cfg(feature = "widget")]
/// `png` as a file named `name`, when the share sheet here takes files (Web Share level 2).
pub fn shareable_png(png: &web_sys::Blob, name: &str) -> Option<web_sys::File> {
    let options = web_sys::FilePropertyBag::new();
    options.set_type("image/png");
    let file = web_sys::File::new_with_blob_sequence_and_options(&js_sys::Array::of1(png), name, &options).ok()?;
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    can_share_data(&data).then_some(file)
}

#[cfg(feature = "widget")]
/// Opens the system share sheet with a title, a line of text, a link and, where given, the card
/// as an image file; false when it is refused or the reader cancels.
pub async fn share(title: &str, text: &str, url: &str, file: Option<web_sys::File>) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    if let Some(file) = file {
        data.set_files(&js_sys::Array::of1(&file));
    }
    JsFuture::from(window.navigator().share_with_data(&data)).await.is_ok()
}
