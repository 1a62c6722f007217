//! What a reader sees if the widget's code ever panics: a static message in place of every widget
//! on the page, instead of a frozen or half-drawn one. The host page itself keeps working: the
//! panic ends in a WebAssembly trap, an exception in the event handler that ran into it.

use std::cell::RefCell;

thread_local! {
    /// The elements the page mounted widgets into, with the message for each in its language.
    static HOSTS: RefCell<Vec<(web_sys::HtmlElement, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Installs the hook (once) and remembers `host`, to show `message` in it after a panic.
pub fn watch(host: &web_sys::HtmlElement, message: &'static str) {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            // `try_with`/`try_borrow`: a panic while the list is borrowed must not panic again.
            let _ = HOSTS.try_with(|hosts| {
                if let Ok(hosts) = hosts.try_borrow() {
                    for (host, message) in hosts.iter() {
                        show_message(host, message);
                    }
                }
            });
        }));
    });
    HOSTS.with(|hosts| hosts.borrow_mut().push((host.clone(), message)));
}

/// Forgets `host` once its widget is unmounted.
pub fn forget(host: &web_sys::HtmlElement) {
    HOSTS.with(|hosts| hosts.borrow_mut().retain(|(h, _)| h != host));
}

fn show_message(host: &web_sys::HtmlElement, message: &str) {
    let Some(document) = host.owner_document() else { return };
    let Ok(box_) = document.create_element("div") else { return };
    box_.set_class_name("cc-root");
    let _ = box_.set_attribute("role", "alert");
    let _ = box_.set_attribute("data-testid", "crashed");
    box_.set_text_content(Some(message));
    host.replace_children_with_node_1(&box_);
}

/// Panics on purpose. The end-to-end tests call it to check the message above; it breaks only
/// the widgets of the page that calls it.
#[cfg(feature = "widget")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("a panic on purpose, from the tests");
}
