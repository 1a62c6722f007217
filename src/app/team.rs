//! The team view page (www/team.html): reads the pasted links, or the team link the page was
//! opened with, shows the comparison, and copies it as a link or saves it as an image. Nothing
//! leaves the browser; the team link lives in the page's fragment.
//!
//! The page's state lives here, in signals; the components (`crate::ui::team`) draw it and ask
//! for a [`TeamAction`], which [`Runtime::act`] carries out.

use std::any::Any;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

use crate::core::arrival;
use crate::core::instrument::Instrument;
use crate::core::options::Options;
use crate::core::share::{self, TEAM_KEY};
use crate::core::team::{self, TeamView};
use crate::markup::{team_image, to_markup_string};
use crate::shell::host_options::{read_options, reader_locale};
use crate::shell::{clipboard, clock, dom, download, location, panic};
use crate::shipped::Shipped;
use crate::ui::team::{TeamAction, TeamApp, TeamCtx, TeamShare};

/// Everything the mounted page holds. Copy: every field is a handle into Leptos's arena.
#[derive(Clone, Copy)]
struct Runtime {
    instrument: &'static Instrument,
    /// The pasted text.
    links: RwSignal<String>,
    view: RwSignal<Option<TeamView>>,
    share: RwSignal<TeamShare>,
    root: NodeRef<leptos::html::Div>,
}

impl Runtime {
    /// Carries out what a control asked for.
    fn act(self, action: TeamAction) {
        match action {
            TeamAction::Compare => self.compare(true),
            TeamAction::CopyLink => spawn_local(self.copy_link()),
            TeamAction::DownloadSvg => {
                if let Some(svg) = self.image() {
                    if !download::save_svg(&svg, "context-check-team.svg") {
                        self.say(self.instrument.strings().image_failed, None);
                    }
                }
            }
            TeamAction::DownloadPng => {
                if let Some(svg) = self.image() {
                    spawn_local(async move {
                        let file = "context-check-team.png";
                        if !download::save_png(&svg, team_image::WIDTH, team_image::HEIGHT, file).await {
                            self.say(self.instrument.strings().image_failed, None);
                        }
                    });
                }
            }
        }
    }

    /// Reads the links, shows the team, and keeps the page's address on the team link (so a
    /// reload or a copied address shows the same team). `focus` moves focus to the comparison's
    /// heading once it is drawn.
    fn compare(self, focus: bool) {
        let pasted = self.links.with_untracked(|text| team::read(text, self.instrument));
        let fragment = arrival::without_link(&location::fragment(), TEAM_KEY);
        let fragment = match team::team_code(&pasted.members, self.instrument) {
            Some(code) => share::with_param(&fragment, TEAM_KEY, &code),
            None => fragment,
        };
        location::replace_fragment(&fragment);
        self.share.set(TeamShare::default());
        self.view.set(Some(team::team_view(self.instrument, &pasted)));
        if focus {
            let root = self.root;
            request_animation_frame(move || {
                if let Some(root) = root.get_untracked() {
                    dom::focus_first(&root, "[data-step-heading]");
                }
            });
        }
    }

    /// Shows the team link the page was opened with (or given later in the address bar), if any.
    fn arrive(self) {
        if share::param(&location::fragment(), TEAM_KEY).is_none() {
            return;
        }
        self.links.set(location::href());
        self.compare(false);
    }

    fn say(self, status: &'static str, manual_link: Option<String>) {
        self.share.set(TeamShare { status: Some(status), manual_link });
    }

    /// Copies the page's address, which carries the team; shows it to copy by hand when the
    /// browser refuses.
    async fn copy_link(self) {
        let t = self.instrument.strings();
        let link = location::href();
        if clipboard::copy_text(&link).await {
            self.say(t.link_copied, None);
        } else {
            self.say(t.copy_by_hand, Some(link));
        }
    }

    /// The team on screen as an SVG document, dated today.
    fn image(self) -> Option<String> {
        let today = clock::format_date(clock::now());
        self.view.with_untracked(|view| {
            let view = view.as_ref()?;
            Some(to_markup_string(&team_image::team_image(self.instrument.strings(), view, &today)))
        })
    }
}

/// The whole page, ready to mount.
fn page(instrument: &'static Instrument, options: Options) -> impl IntoView {
    let runtime = Runtime {
        instrument,
        links: RwSignal::new(String::new()),
        view: RwSignal::new(None),
        share: RwSignal::new(TeamShare::default()),
        root: NodeRef::new(),
    };
    runtime.arrive();
    // A team link pasted into the address bar of the open page changes only the fragment.
    let stop = dom::on_window("hashchange", move || runtime.arrive());
    on_cleanup(stop);
    provide_context(TeamCtx {
        instrument,
        links: runtime.links,
        view: runtime.view.read_only(),
        share: runtime.share.read_only(),
        date: clock::format_date,
        dispatch: Callback::new(move |action| runtime.act(action)),
    });
    view! { <TeamApp root=runtime.root theme=options.theme.as_str() font=options.font.as_str()/> }
}

/// The mounted team view. Dropping it, or calling `unmount`, removes it from the page and stops
/// its listeners.
#[wasm_bindgen]
pub struct TeamPage {
    mounted: Option<Box<dyn Any>>,
    host: web_sys::HtmlElement,
}

impl Drop for TeamPage {
    fn drop(&mut self) {
        self.unmount();
    }
}

#[wasm_bindgen]
impl TeamPage {
    /// Removes the team view and stops its reactive work. Calling it twice is harmless.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.mounted.take() {
            drop(handle);
            panic::forget(&self.host);
        }
    }
}

/// Mounts the team view into `element`, in place of what it holds. Options as for `mount`:
/// `theme`, `lang`, `font`.
#[wasm_bindgen(js_name = mountTeam)]
pub fn mount_team(element: web_sys::HtmlElement, options: JsValue) -> Result<TeamPage, JsError> {
    let options = read_options(&options);
    let locale = options.locale.unwrap_or_else(reader_locale);
    let instrument = Instrument::shipped_in(locale).map_err(|e| JsError::new(&e.to_string()))?;
    panic::watch(&element, instrument.strings().crashed);
    element.replace_children_with_node_0();
    let handle = leptos::mount::mount_to(element.clone(), move || page(instrument, options));
    Ok(TeamPage { mounted: Some(Box::new(handle)), host: element })
}
