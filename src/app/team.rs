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

use super::loading::{self, State};
use crate::core::arrival;
use crate::core::instrument::Instrument;
use crate::core::options::Options;
use crate::core::share::{self, Decision, TeamBundle, TEAM_KEY};
use crate::core::team::compare::{self, CompareView};
use crate::core::team::{self, saved, workshop, SavedView, TeamView};
use crate::markup::{team_image, to_markup_string};
use crate::shell::host_options::{read_options, reader_locale};
use crate::shell::storage::Store;
use crate::shell::{clipboard, clock, dom, download, location, panic, print};
use crate::ui::team::{TeamAction, TeamApp, TeamCtx, TeamShare};

/// Everything the mounted page holds. Copy: every field is a handle into Leptos's arena.
#[derive(Clone, Copy)]
struct Runtime {
    instrument: &'static Instrument,
    /// The pasted text.
    links: RwSignal<String>,
    /// The team's name, as the form holds it.
    label: RwSignal<String>,
    /// Whether people's names are shown (and go into the team link and the image).
    named: RwSignal<bool>,
    /// The team link's code the page was opened with: the team the pasted links add to.
    arrived: RwSignal<Option<String>>,
    /// What the team decided, and the day to look again (a date field's `YYYY-MM-DD`).
    decision: RwSignal<String>,
    look_again: RwSignal<String>,
    decision_status: RwSignal<Option<&'static str>>,
    /// Session mode's topic, when it is open.
    session: RwSignal<Option<usize>>,
    /// An earlier team link pasted to compare with, the earlier team's code, and what comparing
    /// showed or said.
    earlier_link: RwSignal<String>,
    earlier: RwSignal<Option<String>>,
    compared: RwSignal<Option<CompareView>>,
    compare_status: RwSignal<Option<&'static str>>,
    /// The teams kept in this browser, and where.
    saved: RwSignal<Vec<SavedView>>,
    store: StoredValue<Store>,
    view: RwSignal<Option<TeamView>>,
    share: RwSignal<TeamShare>,
    root: NodeRef<leptos::html::Div>,
}

impl Runtime {
    /// Carries out what a control asked for.
    fn act(self, action: TeamAction) {
        match action {
            TeamAction::Compare => self.compare(true),
            TeamAction::Names(shown) => {
                self.named.set(shown);
                self.compare(false);
            }
            TeamAction::Decide => self.decide(),
            TeamAction::SessionTo(topic) => self.session_to(topic),
            TeamAction::CompareWithSaved(index) => {
                let code = self.saved.with_untracked(|saved| saved.get(index).map(|s| s.code.clone()));
                self.compare_with(code);
            }
            TeamAction::CompareWithPasted => {
                // A whole team link, its fragment, or its code alone.
                let pasted = self.earlier_link.get_untracked();
                let fragment = pasted.trim().split_once('#').map_or(pasted.trim(), |(_, fragment)| fragment);
                let code = share::param(fragment, TEAM_KEY).unwrap_or(fragment).to_owned();
                self.compare_with(Some(code));
            }
            TeamAction::StopComparing => self.compare_with(None),
            TeamAction::PrintGuide => {
                let guide =
                    self.root.get_untracked().and_then(|root| root.query_selector(".cc-team__guide").ok().flatten());
                if !guide.is_some_and(|guide| print::print_alone(&guide)) {
                    self.say(self.instrument.strings().print_failed, None);
                }
            }
            TeamAction::PickMove(index) => {
                let picked = self.view.with_untracked(|v| v.as_ref()?.summary.moves.get(index).map(|m| m.text.clone()));
                if let Some(text) = picked {
                    self.decision.set(text);
                }
            }
            TeamAction::Forget(index) => {
                let Some(code) = self.saved.with_untracked(|saved| saved.get(index).map(|s| s.code.clone())) else {
                    return;
                };
                let Ok(raw) = self.store.with_value(Store::read) else { return };
                self.keep(&saved::without(&raw.unwrap_or_default(), &code));
            }
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
        let pasted = self.pasted();
        self.write_link(&pasted);
        self.share.set(TeamShare::default());
        self.decision_status.set(None);
        self.session.set(None);
        self.view.set(Some(team::team_view(self.instrument, &pasted, self.named.get_untracked())));
        self.show_comparison(&pasted);
        if focus {
            let root = self.root;
            request_animation_frame(move || {
                if let Some(root) = root.get_untracked() {
                    dom::focus_first(&root, "[data-step-heading]");
                }
            });
        }
    }

    /// The team as the page holds it: the team it was opened with and the links pasted, with
    /// the name and the decision in the form.
    fn pasted(self) -> team::Pasted {
        let arrived = self.arrived.get_untracked().map(|code| format!("{TEAM_KEY}={code}\n")).unwrap_or_default();
        let mut pasted = self.links.with_untracked(|text| team::read(&format!("{arrived}{text}"), self.instrument));
        // The form's name and decision; a team link pasted into the box brings its own when the
        // form has none.
        let label = self.label.with_untracked(|label| Some(label.trim().to_owned()).filter(|l| !l.is_empty()));
        pasted.label = label.or(pasted.label);
        let text = self.decision.get_untracked();
        let look_again_on = self.look_again.with_untracked(|day| clock::day_of_iso(day));
        if !text.trim().is_empty() || look_again_on.is_some() {
            pasted.decision = Some(Decision { text, look_again_on });
        }
        pasted
    }

    /// Keeps the page's address on the team's link (without names when they are hidden), and
    /// returns the team as its link carries it, with its code; `None` for too few results.
    fn write_link(self, pasted: &team::Pasted) -> Option<(TeamBundle, String)> {
        let mut bundle = pasted.bundle(self.instrument);
        if !self.named.get_untracked() {
            bundle.members.iter_mut().for_each(|m| m.name = None);
        }
        let code = team::team_code(&bundle, self.instrument);
        let fragment = arrival::without_link(&location::fragment(), TEAM_KEY);
        let fragment = match &code {
            Some(code) => share::with_param(&fragment, TEAM_KEY, code),
            None => fragment,
        };
        location::replace_fragment(&fragment);
        code.map(|code| (bundle, code))
    }

    /// Sets the earlier team (a team link's code) beside the team on screen, or stops.
    fn compare_with(self, code: Option<String>) {
        self.earlier.set(code);
        self.show_comparison(&self.pasted());
    }

    fn show_comparison(self, pasted: &team::Pasted) {
        let earlier = self.earlier.get_untracked();
        let read = earlier.as_deref().map(|code| share::decode_team(code, self.instrument));
        let named = self.named.get_untracked();
        let (shown, status) = match read {
            None => (None, None),
            Some(Ok(before)) => (Some(compare::compare(self.instrument, &before, &pasted.members, named)), None),
            Some(Err(_)) => (None, Some(self.instrument.strings().team().compare_bad)),
        };
        self.compared.set(shown);
        self.compare_status.set(status);
    }

    /// Opens session mode at `topic` (within the topics there are), or closes it; focus goes to
    /// the topic's heading, or back to the button that opened it.
    fn session_to(self, topic: Option<usize>) {
        let count = self.view.with_untracked(|v| v.as_ref().map_or(0, |v| workshop::topics(v).len()));
        let topic = topic.filter(|_| count > 0).map(|t| t.min(count - 1));
        self.session.set(topic);
        let target = if topic.is_some() { "[data-session-heading]" } else { "[data-testid=session-open]" };
        let root = self.root;
        request_animation_frame(move || {
            if let Some(root) = root.get_untracked() {
                dom::focus_first(&root, target);
            }
        });
    }

    /// Puts the decision into the team link and keeps the team, with it, in this browser.
    /// The coach's own copy keeps the names even when the link leaves them out, so that next
    /// quarter's comparison can match people.
    fn decide(self) {
        let pasted = self.pasted();
        if self.write_link(&pasted).is_none() {
            return;
        }
        let bundle = pasted.bundle(self.instrument);
        let Some(code) = team::team_code(&bundle, self.instrument) else { return };
        let t = self.instrument.strings();
        // A list that can't be read is not written over.
        let Ok(raw) = self.store.with_value(Store::read) else {
            return self.decision_status.set(Some(t.notice_save_failed));
        };
        let kept = self.keep(&saved::with(&raw.unwrap_or_default(), &bundle, &code, self.instrument));
        self.decision_status.set(Some(if kept { t.team().decision_kept } else { t.notice_save_failed }));
    }

    /// Writes the list of kept teams and shows it; false when the browser refused.
    fn keep(self, raw: &str) -> bool {
        let written = self.store.with_value(|store| store.save(raw).is_ok());
        self.load_saved();
        written
    }

    fn load_saved(self) {
        let raw = self.store.with_value(|store| store.read().ok().flatten()).unwrap_or_default();
        self.saved.set(team::saved_views(self.instrument, &saved::read(&raw, self.instrument)));
    }

    /// Shows the team link the page was opened with (or given later in the address bar), if
    /// any, at once: the form then adds to that team, and starts with its name and decision.
    fn arrive(self) {
        let fragment = location::fragment();
        let Some(code) = share::param(&fragment, TEAM_KEY) else { return };
        if let Ok(team) = share::decode_team(code, self.instrument) {
            self.label.set(team.label.unwrap_or_default());
            let decision = team.decision.unwrap_or_default();
            self.decision.set(decision.text);
            self.look_again.set(decision.look_again_on.map(clock::iso_day).unwrap_or_default());
        }
        self.arrived.set(Some(code.to_owned()));
        self.links.set(String::new());
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
        label: RwSignal::new(String::new()),
        named: RwSignal::new(true),
        arrived: RwSignal::new(None),
        decision: RwSignal::new(String::new()),
        look_again: RwSignal::new(String::new()),
        decision_status: RwSignal::new(None),
        session: RwSignal::new(None),
        earlier_link: RwSignal::new(String::new()),
        earlier: RwSignal::new(None),
        compared: RwSignal::new(None),
        compare_status: RwSignal::new(None),
        saved: RwSignal::new(Vec::new()),
        store: StoredValue::new(Store::open(saved::SAVED_KEY.to_owned())),
        view: RwSignal::new(None),
        share: RwSignal::new(TeamShare::default()),
        root: NodeRef::new(),
    };
    runtime.load_saved();
    runtime.arrive();
    // A team link pasted into the address bar of the open page changes only the fragment.
    let stop = dom::on_window("hashchange", move || runtime.arrive());
    on_cleanup(stop);
    provide_context(TeamCtx {
        instrument,
        links: runtime.links,
        label: runtime.label,
        arrived: Signal::derive(move || runtime.arrived.with(Option::is_some)),
        named: runtime.named.into(),
        decision: runtime.decision,
        look_again: runtime.look_again,
        decision_status: runtime.decision_status.read_only(),
        saved: runtime.saved.read_only(),
        session: runtime.session.read_only(),
        earlier_link: runtime.earlier_link,
        compared: runtime.compared.read_only(),
        compare_status: runtime.compare_status.read_only(),
        check_url: "../",
        view: runtime.view.read_only(),
        share: runtime.share.read_only(),
        date: clock::format_day,
        dispatch: Callback::new(move |action| runtime.act(action)),
    });
    view! { <TeamApp root=runtime.root theme=options.theme.as_str() font=options.font.as_str()/> }
}

/// The mounted team view. Dropping it, or calling `unmount`, removes it from the page and stops
/// its listeners.
#[wasm_bindgen]
pub struct TeamPage {
    state: State,
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
        loading::unmount(&self.state, &self.host);
    }
}

/// Mounts the team view into `element`, in place of what it holds. Options as for `mount`:
/// `theme`, `lang`, `font`. A reader whose language the bundle doesn't carry gets it fetched
/// first, as the widget does.
#[wasm_bindgen(js_name = mountTeam)]
pub fn mount_team(element: web_sys::HtmlElement, options: JsValue) -> Result<TeamPage, JsError> {
    let options = read_options(&options);
    let locale = options.locale.unwrap_or_else(reader_locale);
    let state = loading::loading();
    let host = element.clone();
    loading::with_instrument(&element, locale, &state, move |instrument| {
        panic::watch(&host, instrument.strings().crashed);
        host.replace_children_with_node_0();
        Box::new(leptos::mount::mount_to(host.clone(), move || page(instrument, options))) as Box<dyn Any>
    })?;
    Ok(TeamPage { state, host: element })
}
