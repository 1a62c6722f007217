//! The clipboard and the system share sheet.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; false when the browser refuses (no permission, an insecure page, an old API).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = window.navigator().clipboard();
    if JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

#[cfg(feature = "widget")]
/// Whether the browser has the Web Share API.
pub fn can_share() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share")).unwrap_or(false))
}

#[cfg(feature = "widget")]
/// Opens the system share sheet with a title, a line of text and a link; false when it is
/// missing or the reader cancels.
pub async fn share(title: &str, text: &str, url: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    data.set_url(url);
    JsFuture::from(window.navigator().share_with_data(&data)).await.is_ok()
}
