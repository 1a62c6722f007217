//! The team view page (www/team.html): reads the pasted links, or the team link the page was
//! opened with, shows the comparison, and copies it as a link or saves it as an image. Nothing
//! leaves the browser; the team link lives in the page's fragment.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::arrival;
use crate::core::instrument::Instrument;
use crate::core::share::{self, TEAM_KEY};
use crate::core::team::{self, TeamView};
use crate::markup::team::{self as page, TeamShare, LINKS_ID};
use crate::markup::{team_image, to_markup_string};
use crate::shell::host_options::{read_options, reader_locale};
use crate::shell::{clipboard, clock, dom, download, location, panic};

/// What the page shows now.
struct State {
    instrument: &'static Instrument,
    output: web_sys::Element,
    links: web_sys::HtmlTextAreaElement,
    view: Option<TeamView>,
    share: TeamShare,
}

type Shared = Rc<RefCell<State>>;

/// An event listener the page added: where, for which event, and the handler.
type Listener = (web_sys::EventTarget, &'static str, Closure<dyn FnMut(web_sys::Event)>);

/// The mounted team view. It lives as long as the page keeps it; dropping it stops listening.
#[wasm_bindgen]
pub struct TeamPage {
    listeners: Vec<Listener>,
}

impl Drop for TeamPage {
    fn drop(&mut self) {
        for (target, name, listener) in &self.listeners {
            let _ = target.remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
    }
}

fn render(state: &State) {
    let Some(view) = &state.view else { return };
    let tree = page::output(state.instrument.strings(), &clock::format_date, view, &state.share);
    if let Err(error) = dom::replace_children(&state.output, &tree) {
        web_sys::console::warn_2(&"Context Check: could not draw the team view".into(), &error);
    }
}

/// Reads the links, shows the team, and keeps the page's address on the team link (so a reload
/// or a copied address shows the same team).
fn compare(shared: &Shared, focus: bool) {
    let mut state = shared.borrow_mut();
    let pasted = team::read(&state.links.value(), state.instrument);
    let fragment = arrival::without_link(&location::fragment(), TEAM_KEY);
    let fragment = match team::team_code(&pasted.members, state.instrument) {
        Some(code) => share::with_param(&fragment, TEAM_KEY, &code),
        None => fragment,
    };
    location::replace_fragment(&fragment);
    state.view = Some(team::team_view(state.instrument, &pasted));
    state.share = TeamShare::default();
    render(&state);
    if focus {
        dom::focus_step_heading(&state.output);
    }
}

/// Shows the team link the page was opened with (or given later in the address bar), if any.
fn arrive(shared: &Shared) {
    if share::param(&location::fragment(), TEAM_KEY).is_none() {
        return;
    }
    shared.borrow().links.set_value(&location::href());
    compare(shared, false);
}

fn say(shared: &Shared, status: &'static str, manual_link: Option<String>) {
    let mut state = shared.borrow_mut();
    state.share = TeamShare { status: Some(status), manual_link };
    render(&state);
}

/// The team as an image, and the name to save it under.
fn image(shared: &Shared) -> Option<String> {
    let state = shared.borrow();
    let view = state.view.as_ref()?;
    let today = clock::format_date(clock::now());
    Some(to_markup_string(&team_image::team_image(state.instrument.strings(), view, &today)))
}

fn act(shared: &Shared, action: &str) {
    let t = shared.borrow().instrument.strings();
    match action {
        "copy-team-link" => {
            let link = location::href();
            let shared = shared.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if clipboard::copy_text(&link).await {
                    say(&shared, t.link_copied, None);
                } else {
                    say(&shared, t.copy_by_hand, Some(link));
                }
            });
        }
        "download-svg" => {
            if let Some(svg) = image(shared) {
                if !download::save_svg(&svg, "context-check-team.svg") {
                    say(shared, t.image_failed, None);
                }
            }
        }
        "download-png" => {
            if let Some(svg) = image(shared) {
                let shared = shared.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let file = "context-check-team.png";
                    if !download::save_png(&svg, team_image::WIDTH, team_image::HEIGHT, file).await {
                        say(&shared, t.image_failed, None);
                    }
                });
            }
        }
        _ => {}
    }
}

fn create(document: &web_sys::Document, tag: &str) -> Result<web_sys::Element, JsError> {
    document.create_element(tag).map_err(|_| JsError::new("could not create an element"))
}

/// Mounts the team view into `element`. Options as for `mount`: `theme`, `lang`, `font`.
#[wasm_bindgen(js_name = mountTeam)]
pub fn mount_team(element: web_sys::HtmlElement, options: JsValue) -> Result<TeamPage, JsError> {
    let options = read_options(&options);
    let locale = options.locale.unwrap_or_else(reader_locale);
    let instrument = Instrument::shipped_in(locale).map_err(|e| JsError::new(&e.to_string()))?;
    let t = instrument.strings();
    panic::watch(&element, t.crashed);
    let document = element.owner_document().ok_or_else(|| JsError::new("the element is not in a document"))?;

    let root = create(&document, "div")?;
    root.set_class_name("cc-root cc-team-page");
    for (name, value) in
        [("data-theme", options.theme.as_str()), ("data-font", options.font.as_str()), ("lang", t.lang)]
    {
        let _ = root.set_attribute(name, value);
    }
    let form_host = create(&document, "div")?;
    let output = create(&document, "div")?;
    dom::replace_children(&form_host, &page::form(t)).map_err(|_| JsError::new("could not draw the form"))?;
    root.append_with_node_2(&form_host, &output).map_err(|_| JsError::new("could not draw the team view"))?;
    element.replace_children_with_node_1(&root);

    let links = form_host
        .query_selector(&format!("#{LINKS_ID}"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .ok_or_else(|| JsError::new("the form has no text area"))?;
    let form = form_host.first_element_child().ok_or_else(|| JsError::new("the form is missing"))?;
    let shared: Shared = Rc::new(RefCell::new(State {
        instrument,
        output: output.clone(),
        links,
        view: None,
        share: TeamShare::default(),
    }));

    let on_submit = {
        let shared = shared.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            compare(&shared, true);
        })
    };
    let on_click = {
        let shared = shared.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            if let Some(action) = dom::action_of(&event) {
                act(&shared, &action);
            }
        })
    };
    let on_hash = {
        let shared = shared.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_| arrive(&shared))
    };
    let window: web_sys::EventTarget = web_sys::window().ok_or_else(|| JsError::new("no window"))?.into();
    let listeners: Vec<Listener> =
        vec![(form.into(), "submit", on_submit), (output.into(), "click", on_click), (window, "hashchange", on_hash)];
    for (target, name, listener) in &listeners {
        target
            .add_event_listener_with_callback(name, listener.as_ref().unchecked_ref())
            .map_err(|_| JsError::new("could not listen for events"))?;
    }
    arrive(&shared);
    Ok(TeamPage { listeners })
}
