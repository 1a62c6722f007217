//! The exported entry point: mount the widget into an element the host gives, get a handle back.

use std::any::Any;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

use crate::core::instrument::Instrument;
use crate::shell::host_options::{read_options, reader_locale};
use crate::shell::panic;
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
