//! Events for the host page: `context-check:step` and `context-check:complete`, dispatched as
//! DOM CustomEvents that bubble out of the widget (and out of its shadow root, if it has one).

use wasm_bindgen::JsValue;

/// A detail field's value.
pub enum Field<'a> {
    Text(&'a str),
    Number(usize),
    Nothing,
}

/// Dispatches `context-check:<name>` from `target` with `detail` as a plain object.
pub fn dispatch(target: &web_sys::Element, name: &str, detail: &[(&str, Field<'_>)]) {
    let object = js_sys::Object::new();
    for (key, value) in detail {
        let value = match value {
            Field::Text(text) => JsValue::from_str(text),
            Field::Number(number) => JsValue::from_f64(*number as f64),
            Field::Nothing => JsValue::NULL,
        };
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &value);
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&object);
    let event = web_sys::CustomEvent::new_with_event_init_dict(&format!("context-check:{name}"), &init);
    if let Ok(event) = event {
        let _ = target.dispatch_event(&event);
    }
}
