//! The exported entry point: mount the widget into an element the host gives, get a handle back.
//!
//! A reader whose language is not compiled into the bundle gets its instrument file fetched from
//! beside the bundle first; until it arrives the element stays as the host left it, and if it
//! can't be had the widget opens in English (with a console warning).

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::instrument::{Instrument, InstrumentError};
use crate::core::options::{Locale, Options};
use crate::shell::host_options::{read_options, reader_locale};
use crate::shell::{location, panic};
use crate::shipped::{Shipped, TranslationFile};

/// What a widget holds: the mounted app once it is, or a note that it was unmounted first.
enum Mounted {
    Loading,
    Up(Box<dyn Any>),
    Gone,
}

/// A mounted widget. Dropping it, or calling `unmount`, removes the widget from the page.
#[wasm_bindgen]
pub struct Widget {
    state: Rc<RefCell<Mounted>>,
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
        let was = std::mem::replace(&mut *self.state.borrow_mut(), Mounted::Gone);
        if let Mounted::Up(handle) = was {
            drop(handle);
            panic::forget(&self.host);
        }
    }
}

/// Mounts Context Check into `element` and returns a handle that can unmount it.
#[wasm_bindgen]
pub fn mount(element: web_sys::HtmlElement, options: JsValue) -> Result<Widget, JsError> {
    let options = read_options(&options);
    let locale = options.locale.unwrap_or_else(reader_locale);
    let state = Rc::new(RefCell::new(Mounted::Loading));
    match Instrument::shipped_in(locale) {
        Ok(instrument) => start(&element, instrument, options, &state),
        Err(InstrumentError::NotLoaded(_)) => {
            let (element, state) = (element.clone(), state.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let instrument = match fetch_translation(&element, locale).await {
                    Ok(instrument) => instrument,
                    Err(why) => {
                        web_sys::console::warn_1(&format!("Context Check: {why}; showing it in English").into());
                        match Instrument::shipped() {
                            Ok(english) => english,
                            Err(error) => return web_sys::console::error_1(&error.to_string().into()),
                        }
                    }
                };
                if matches!(*state.borrow(), Mounted::Loading) {
                    start(&element, instrument, options, &state);
                }
            });
        }
        Err(error) => return Err(JsError::new(&error.to_string())),
    }
    Ok(Widget { state, host: element })
}

fn start(
    element: &web_sys::HtmlElement,
    instrument: &'static Instrument,
    options: Options,
    state: &Rc<RefCell<Mounted>>,
) {
    panic::watch(element, instrument.strings().crashed);
    let hosted_at = location::hosted_file(element, "");
    // The hosted page's painted copy of the intro (src/prerender.rs) goes in the same task as the
    // widget comes, so nothing is drawn in between and nothing moves.
    if let Ok(Some(painted)) = element.query_selector(":scope > [data-prerendered]") {
        painted.remove();
    }
    let handle =
        leptos::mount::mount_to(element.clone(), move || super::runtime::widget(instrument, options, hosted_at));
    *state.borrow_mut() = Mounted::Up(Box::new(handle));
}

/// Fetches a language's instrument file from beside the bundle (found from the stylesheet link,
/// like the model page) and hands it to the core.
async fn fetch_translation(element: &web_sys::Element, locale: Locale) -> Result<&'static Instrument, String> {
    let version = Instrument::shipped().map_err(|e| e.to_string())?.version;
    let file = locale.instrument_file(version).ok_or("no file for this language")?;
    let url =
        location::hosted_file(element, &format!("pkg/{file}")).ok_or("the widget's stylesheet link was not found")?;
    let window = web_sys::window().ok_or("no window")?;
    let failed = |what: &str| format!("the {} instrument could not be {what} from {url}", locale.tag());
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| failed("fetched"))?
        .dyn_into()
        .map_err(|_| failed("fetched"))?;
    if !response.ok() {
        return Err(failed("fetched"));
    }
    let buffer =
        JsFuture::from(response.array_buffer().map_err(|_| failed("read"))?).await.map_err(|_| failed("read"))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Instrument::provide(locale, &bytes).map_err(|e| format!("{}: {e}", failed("read")))
}
