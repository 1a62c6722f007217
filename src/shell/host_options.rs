//! The options a page passes when it mounts the widget or the team view, and the reader's
//! language when the page names none.

use wasm_bindgen::JsValue;

use crate::core::options::{Locale, Options, OPTIONS};
use crate::shell::accent;

/// Reads the options a host passed as a plain object (`{ theme: "dark", instance: "a" }`).
/// The names are those of [`OPTIONS`]; only string values count, anything else is ignored.
pub fn read_options(value: &JsValue) -> Options {
    let values: Vec<(&str, String)> = OPTIONS
        .iter()
        .filter_map(|spec| {
            if !value.is_object() {
                return None;
            }
            let field = js_sys::Reflect::get(value, &JsValue::from_str(spec.name)).ok()?;
            field.as_string().map(|s| (spec.name, s))
        })
        .collect();
    let (options, warnings) = Options::parse(values.iter().map(|(n, v)| (*n, v.as_str())), accent::is_colour);
    for warning in warnings {
        web_sys::console::warn_1(&format!("Context Check: {warning}").into());
    }
    options
}

/// The first of the browser's languages that the widget speaks, or English.
pub fn reader_locale() -> Locale {
    let languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    Locale::for_reader(languages.iter().map(String::as_str))
}
