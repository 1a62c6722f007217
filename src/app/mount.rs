//! The exported entry point: mount the widget into an element the host gives, get a handle back.
//!
//! A reader whose language is not compiled into the bundle gets its instrument file fetched from
//! beside the bundle first (`super::loading`).

use wasm_bindgen::prelude::*;

use super::loading::{self, State};
use crate::core::instrument::Instrument;
use crate::core::options::Options;
use crate::shell::host_options::{read_options, reader_locale};
use crate::shell::{location, panic};

/// A mounted widget. Dropping it, or calling `unmount`, removes the widget from the page.
#[wasm_bindgen]
pub struct Widget {
    state: State,
    host: web_sys::HtmlElement,
}

impl Drop for Widget {
    /// A widget freed without `unmount` (or while its translation loads) is removed all the same.
    fn drop(&mut self) {
        self.unmount();
    }
}

#[wasm_bindgen]
impl Widget {
    /// Removes the widget and stops its reactive work. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        loading::unmount(&self.state, &self.host);
    }
}

/// Mounts Context Check into `element` and returns a handle that can unmount it.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> Result<Widget, JsError> {
    let options = read_options(&options);
    let locale = options.locale.unwrap_or_else(reader_locale);
    let state = loading::loading();
    let host = element.clone();
    loading::with_instrument(&element, locale, &state, move |instrument| start(&host, instrument, options))?;
    Ok(Widget { state, host: element })
}

fn start(element: &web_sys::HtmlElement, instrument: &'static Instrument, options: Options) -> Box<dyn std::any::Any> {
    panic::watch(element, instrument.strings().crashed);
    let hosted_at = location::hosted_file(element, "");
    // The hosted page's painted copy of the intro (src/prerender.rs) goes in the same task as the
    // widget comes, so nothing is drawn in between and nothing moves.
    if let Ok(Some(painted)) = element.query_selector(":scope > [data-prerendered]") {
        painted.remove();
    }
    let handle =
        leptos::mount::mount_to(element.clone(), move || super::runtime::widget(instrument, options, hosted_at));
    Box::new(handle)
}
