//! DOM work the runtime asks for: focus, window listeners and console warnings.

use wasm_bindgen::JsCast;

/// Moves focus to the first element inside `root` that `selector` finds, if any.
pub fn focus_first(root: &web_sys::Element, selector: &str) {
    let found = root.query_selector(selector).ok().flatten();
    if let Some(element) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Calls `heard` on every `name` event at the window; returns what stops listening.
pub fn on_window(name: &str, heard: impl Fn() + 'static) -> impl FnOnce() {
    let handle = leptos::leptos_dom::helpers::window_event_listener_untyped(name, move |_| heard());
    move || handle.remove()
}

#[cfg(feature = "widget")]
/// A warning in the console, for the host page's developer.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}
