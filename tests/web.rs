//! Component tests in a real browser: `wasm-pack test --headless --chrome` (run by `make test`).
#![cfg(target_arch = "wasm32")]

use context_check::mount;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::HtmlElement {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let host = document.create_element("div").expect("a div").unchecked_into::<web_sys::HtmlElement>();
    document.body().expect("a body").append_child(&host).expect("appended");
    host
}

fn find(root: &web_sys::Element, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into().ok())
}

async fn settle() {
    leptos::task::tick().await;
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn mounting_shows_the_intro_and_start_leads_to_the_first_question() {
    let host = host();
    let mut widget = mount(host.clone(), JsValue::UNDEFINED).expect("mounts");
    settle().await;
    let start = find(&host, "[data-testid=start]").expect("the intro has a Start button");
    start.click();
    settle().await;
    let question = find(&host, "fieldset[data-testid=question]").expect("the first question shows");
    assert_eq!(question.get_attribute("data-index").as_deref(), Some("0"));
    let next = find(&host, "[data-testid=next]").expect("a Next button");
    assert!(next.has_attribute("disabled"), "Next waits for an answer");

    find(&host, "input[type=radio][value=\"2\"]").expect("a third option").click();
    settle().await;
    assert!(!next.has_attribute("disabled"), "an answer enables Next");
    widget.unmount();
    assert!(find(&host, ".cc-root").is_none(), "unmount removes the widget");
}

#[wasm_bindgen_test]
async fn a_bad_theme_falls_back_to_auto() {
    let host = host();
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"theme".into(), &"purple".into()).expect("set");
    let _widget = mount(host.clone(), options.into()).expect("mounts");
    settle().await;
    let root = find(&host, ".cc-root").expect("the widget root");
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("auto"));
}
