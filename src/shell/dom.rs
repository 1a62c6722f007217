//! DOM work the runtime asks for: focus, window listeners and console warnings.

use wasm_bindgen::JsCast;

/// Moves focus to the heading of the step now shown inside `root`.
pub fn focus_step_heading(root: &web_sys::Element) {
    let heading = root.query_selector("[data-step-heading]").ok().flatten();
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.focus();
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
