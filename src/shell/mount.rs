//! The exported entry point: mount the widget into an element the host gives, get a handle back.

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::core::instrument::Instrument;
use crate::core::options::{Locale, Options};
use crate::shell::{accent, panic};
use crate::ui::app::App;

/// A mounted widget. Dropping it, or calling `unmount`, removes the widget from the page.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<Box<dyn Any>>,
    host: web_sys::HtmlElement,
}

#[wasm_bindgen]
impl Widget {
    /// Removes the widget and stops its reactive work. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if self.handle.take().is_some() {
            panic::forget(&self.host);
        }
    }
}

/// Reads the options a host passed as a plain object (`{ theme: "dark", instance: "a" }`).
/// Only string values count; anything else is ignored.
fn read_options(value: &JsValue) -> Options {
    let names = ["theme", "instance", "accent", "start", "lang", "font", "link"];
    let values: Vec<(&str, String)> = names
        .iter()
        .filter_map(|name| {
            if !value.is_object() {
                return None;
            }
            let field = js_sys::Reflect::get(value, &JsValue::from_str(name)).ok()?;
            field.as_string().map(|s| (*name, s))
        })
        .collect();
    let (options, warnings) = Options::parse(values.iter().map(|(n, v)| (*n, v.as_str())), accent::is_colour);
    for warning in warnings {
        web_sys::console::warn_1(&format!("Context Check: {warning}").into());
    }
    options
}

/// The first of the browser's languages that the widget speaks, or English.
fn reader_locale() -> Locale {
    let languages: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|l| l.as_string()).collect())
        .unwrap_or_default();
    Locale::for_reader(languages.iter().map(String::as_str))
}

/// Mounts Context Check into `element` and returns a handle that can unmount it.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> Result<Widget, JsError> {
    let options = read_options(&options);
    let locale = options.locale.unwrap_or_else(reader_locale);
    let instrument = Instrument::shipped_in(locale).map_err(|e| JsError::new(&e.to_string()))?;
    panic::watch(&element, instrument.strings().crashed);
    let host = element.clone();
    let handle = leptos::mount::mount_to(element, move || view! { <App instrument options/> });
    Ok(Widget { handle: Some(Box::new(handle)), host })
}
