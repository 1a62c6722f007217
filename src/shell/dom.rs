//! DOM work for the components: building markup trees, focus, and reading delegated actions.

use wasm_bindgen::{JsCast, JsValue};

use crate::markup::Node;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Creates DOM nodes for a markup tree. Text is set as text, never parsed.
fn build(document: &web_sys::Document, node: &Node) -> Result<web_sys::Node, JsValue> {
    match node {
        Node::Text(value) => Ok(document.create_text_node(value).into()),
        Node::Element(element) => {
            let created = if element.svg {
                document.create_element_ns(Some(SVG_NS), element.tag)?
            } else {
                document.create_element(element.tag)?
            };
            for (name, value) in &element.attrs {
                created.set_attribute(name, value)?;
            }
            for child in &element.children {
                created.append_child(&build(document, child)?)?;
            }
            Ok(created.into())
        }
    }
}

/// Replaces what `host` holds with `tree`. When focus was inside, it returns to the control with
/// the same action if it still exists, or else to the step's heading.
pub fn replace_children(host: &web_sys::Element, tree: &Node) -> Result<(), JsValue> {
    let document = host.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
    let focused_action = active_element(host)
        .filter(|active| host.contains(Some(active)))
        .map(|active| active.get_attribute("data-action"));
    let built = build(&document, tree)?;
    host.replace_children_with_node_1(&built);
    if let Some(action) = focused_action {
        let same = action.and_then(|a| host.query_selector(&format!("[data-action=\"{a}\"]")).ok().flatten());
        match same.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(control) => control.focus()?,
            None => focus_step_heading(host),
        }
    }
    Ok(())
}

/// The focused element as seen from `node`'s tree: inside a shadow root, the document only sees
/// the shadow host, so ask the root `node` lives in.
fn active_element(node: &web_sys::Element) -> Option<web_sys::Element> {
    let root = node.get_root_node();
    match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => node.owner_document()?.active_element(),
    }
}

/// Moves focus to the heading of the step now shown inside `root`.
pub fn focus_step_heading(root: &web_sys::Element) {
    let heading = root.query_selector("[data-step-heading]").ok().flatten();
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}

/// The `data-action` of the control a click landed on, if any.
pub fn action_of(event: &web_sys::Event) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let control = target.closest("[data-action]").ok()??;
    control.get_attribute("data-action")
}

/// Whether an event's target is a radio button.
pub fn is_radio(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| e.get_attribute("type").as_deref() == Some("radio"))
}
