//! Printing the result card alone. While the browser prints, every element beside the card's path
//! up to `<body>` (in the widget, and in the host page around it) is hidden, and the card's closed
//! "Why" details are opened; `afterprint` puts everything back as it was. The widget's print
//! stylesheet does the rest: black on white, no buttons, the reading's addresses written out.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// What printing changed: elements hidden (with their inline `display` and its priority), and
/// details opened.
#[derive(Default)]
struct Changed {
    hidden: Vec<(web_sys::HtmlElement, String, String)>,
    opened: Vec<web_sys::Element>,
}

impl Changed {
    /// Hides the children of a parent, except `keep`, the path to the card.
    fn hide_beside(&mut self, children: &web_sys::HtmlCollection, keep: &web_sys::Element) {
        for i in 0..children.length() {
            let Some(child) = children.item(i) else { continue };
            if &child == keep {
                continue;
            }
            if let Ok(element) = child.dyn_into::<web_sys::HtmlElement>() {
                let style = element.style();
                let value = style.get_property_value("display").unwrap_or_default();
                let priority = style.get_property_priority("display");
                let _ = style.set_property_with_priority("display", "none", "important");
                self.hidden.push((element, value, priority));
            }
        }
    }

    fn put_back(self) {
        for (element, value, priority) in self.hidden {
            let style = element.style();
            let _ = if value.is_empty() {
                style.remove_property("display").map(|_| ())
            } else {
                style.set_property_with_priority("display", &value, &priority)
            };
        }
        for details in self.opened {
            let _ = details.remove_attribute("open");
        }
    }
}

/// Prints `card` alone; false when the browser has no print (or the page may not print).
pub fn print_alone(card: &web_sys::Element) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let mut changed = Changed::default();
    let mut node = card.clone();
    loop {
        if let Some(parent) = node.parent_element() {
            if parent.tag_name().eq_ignore_ascii_case("html") {
                break;
            }
            changed.hide_beside(&parent.children(), &node);
            node = parent;
        } else if let Some(shadow) = node.parent_node().and_then(|n| n.dyn_into::<web_sys::ShadowRoot>().ok()) {
            changed.hide_beside(&shadow.children(), &node);
            node = shadow.host();
        } else {
            break;
        }
    }
    if let Ok(closed) = card.query_selector_all("details:not([open])") {
        for i in 0..closed.length() {
            if let Some(details) = closed.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = details.set_attribute("open", "");
                changed.opened.push(details);
            }
        }
    }
    // Put back after printing, or at once if the browser refuses to print.
    let changed = Rc::new(RefCell::new(Some(changed)));
    let held = Rc::clone(&changed);
    let restore = Closure::once_into_js(move || {
        if let Some(changed) = held.borrow_mut().take() {
            changed.put_back();
        }
    });
    let once = web_sys::AddEventListenerOptions::new();
    once.set_once(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "afterprint",
        restore.unchecked_ref(),
        &once,
    );
    let printed = window.print().is_ok();
    if !printed {
        let _ = window.remove_event_listener_with_callback("afterprint", restore.unchecked_ref());
        if let Some(changed) = changed.borrow_mut().take() {
            changed.put_back();
        }
    }
    printed
}
