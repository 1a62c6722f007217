//! Mounting either bundle's page (the widget, the team view) in the reader's language: at once
//! when the bundle carries its instrument (English), or once the language's file is fetched from
//! beside the bundle. Until it arrives the element stays as the host left it; if it can't be had
//! the page opens in English, with a console warning.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::instrument::{Instrument, InstrumentError};
use crate::core::options::Locale;
use crate::shell::{location, panic};
use crate::shipped::{Shipped, TranslationFile};

/// What a mounted page holds: the app once it is up, or a note that it was unmounted first.
pub enum Mounted {
    Loading,
    Up(Box<dyn Any>),
    Gone,
}

/// A page's state, shared with the task that fetches its language.
pub type State = Rc<RefCell<Mounted>>;

pub fn loading() -> State {
    Rc::new(RefCell::new(Mounted::Loading))
}

/// Removes the page (or stops it from coming, if its language is still being fetched). Calling
/// it twice is harmless.
pub fn unmount(state: &State, host: &web_sys::HtmlElement) {
    let was = std::mem::replace(&mut *state.borrow_mut(), Mounted::Gone);
    if let Mounted::Up(handle) = was {
        drop(handle);
        panic::forget(host);
    }
}

/// Calls `start` with the instrument in `locale`, now or once its file arrives, unless the page
/// was unmounted in between. `start` returns what keeps the page mounted.
pub fn with_instrument(
    element: &web_sys::HtmlElement,
    locale: Locale,
    state: &State,
    start: impl FnOnce(&'static Instrument) -> Box<dyn Any> + 'static,
) -> Result<(), JsError> {
    match Instrument::shipped_in(locale) {
        Ok(instrument) => *state.borrow_mut() = Mounted::Up(start(instrument)),
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
                    let handle = start(instrument);
                    *state.borrow_mut() = Mounted::Up(handle);
                }
            });
        }
        Err(error) => return Err(JsError::new(&error.to_string())),
    }
    Ok(())
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
