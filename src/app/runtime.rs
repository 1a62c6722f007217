//! One widget's runtime: opens the session from storage, sends it the respondent's actions,
//! carries out the effects it returns, and hears what other tabs and the address bar change.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::core::arrival::{self, Arrival};
use crate::core::instrument::Instrument;
use crate::core::invite;
use crate::core::options::{Frame, Options, Start};
use crate::core::session::ScreenKey;
use crate::core::session::{self, Event, Found, Opening, Session, Step, StorageEvent};
use crate::core::share::{self as codec, CoachInvite, SharedResult, COACH_KEY};
use crate::core::stored::{self, storage_key};
use crate::core::view;
use crate::shell::host_events::{self, Field};
use crate::shell::storage::{self, Store, StoreError};
use crate::shell::{accent, clipboard, clock, dom, location};
use crate::ui::app::App;
use crate::ui::context::{Action, Ctx, PageFacts, ShareState};

static NEXT_UID: AtomicUsize = AtomicUsize::new(1);

/// Everything one mounted widget holds. Copy: every field is a handle into Leptos's arena.
#[derive(Clone, Copy)]
pub struct Runtime {
    pub instrument: &'static Instrument,
    pub session: RwSignal<Session>,
    arrival: RwSignal<Arrival>,
    pub share: RwSignal<ShareState>,
    store: StoredValue<Store>,
    pub root: NodeRef<leptos::html::Div>,
    /// The page share links point to, and our key in its fragment.
    pub link_base: StoredValue<String>,
    result_key: StoredValue<String>,
    /// A sandboxed frame: the clipboard is refused there, so links are shown to copy by hand.
    pub sandboxed: bool,
    /// The share sheet may open here.
    pub can_share: bool,
    /// The card of the result with this id, drawn for a share sheet that takes files.
    pub card_file: StoredValue<Option<(u64, web_sys::File)>, LocalStorage>,
}

impl Runtime {
    /// Carries out what a control asked for.
    fn act(self, action: Action) {
        match action {
            Action::Session(event) => self.send(event),
            Action::Finish => self.send(Event::Finish { now: clock::now() }),
            Action::TakeItYourself => self.leave_shared(),
            Action::CopyLink | Action::ShareSheet | Action::DownloadPng | Action::DownloadSvg | Action::Print => {
                super::share::run(self, action)
            }
        }
    }

    /// Sends the core an event and carries out what it returns.
    fn send(self, event: Event) {
        let effects = self.session.try_update(|s| s.apply(self.instrument, event)).unwrap_or_default();
        self.carry_out(effects);
    }

    /// Tells the core what storage said.
    fn stored(self, event: StorageEvent) {
        let effects = self.session.try_update(|s| s.stored(self.instrument, event)).unwrap_or_default();
        self.carry_out(effects);
    }

    fn carry_out(self, effects: Vec<session::Effect>) {
        for effect in effects {
            // A host may remove the widget from a handler of ours: the store is then gone too.
            let refused = match effect {
                session::Effect::Save(saved) => self.store.try_with_value(|s| s.save(&stored::encode(&saved))),
                session::Effect::Remove => self.store.try_with_value(Store::remove),
                // Whatever can't be erased can't be read back either: nothing more to do.
                session::Effect::Erase => self.store.try_with_value(Store::erase).map(|_| Ok(())),
                session::Effect::SetAside => {
                    if self.store.try_with_value(Store::set_aside).is_some_and(|r| r.is_err()) {
                        self.stored(StorageEvent::SetAsideFailed);
                    }
                    None
                }
                session::Effect::Detach => self.store.try_update_value(Store::detach).map(Ok),
                session::Effect::FocusHeading => {
                    self.share.set(ShareState::default());
                    self.focus("[data-step-heading]");
                    None
                }
                session::Effect::FocusControl(control) => {
                    self.focus(&format!("[data-focus=\"{}\"]", control.name()));
                    None
                }
                session::Effect::Completed { id } => {
                    // After the result is drawn and the host has heard the step, as before.
                    request_animation_frame(move || self.tell_completed(id));
                    None
                }
            };
            if let Some(Err(StoreError::Write(_))) = refused {
                self.stored(StorageEvent::SaveFailed);
            }
        }
    }

    /// Moves focus to what `selector` finds in the widget, once the screen is drawn.
    fn focus(self, selector: &str) {
        let (root, selector) = (self.root, selector.to_owned());
        request_animation_frame(move || {
            if let Some(root) = root.get_untracked() {
                dom::focus_first(&root, &selector);
            }
        });
    }

    /// The share link for the visitor's result on screen, if one is. It needn't carry the
    /// coach's invite along.
    pub fn link(self, session: &Session) -> Option<String> {
        let Step::Result { id } = session.step else { return None };
        let entry = session.history.get(id)?;
        let base = self.link_base.with_value(|base| match base.split_once('#') {
            Some((page, fragment)) => arrival::link_base(page, &codec::without_param(fragment, COACH_KEY)),
            None => base.clone(),
        });
        let code = codec::encode(&SharedResult::from_history(self.instrument, entry), self.instrument);
        Some(self.result_key.with_value(|key| arrival::link_to(&base, key, &code)))
    }

    /// Leaves a shared result (or a link that can't be read) for the visitor's own assessment,
    /// and takes our key out of the page's fragment so that a reload doesn't bring it back.
    fn leave_shared(self) {
        self.arrive(Arrival::Own);
        let fragment = self.result_key.with_value(|key| arrival::without_link(&location::fragment(), key));
        location::replace_fragment(&fragment);
    }

    fn arrive(self, arrived: Arrival) {
        if arrived != self.arrival.get_untracked() {
            self.arrival.set(arrived);
            self.carry_out(vec![session::Effect::FocusHeading]);
        }
    }

    /// `context-check:complete`, for the host page.
    fn tell_completed(self, id: u64) {
        let Some(root) = self.root.get_untracked() else { return };
        let finished = self.session.with_untracked(|s| Some((s.history.get(id)?.profile.clone(), self.link(s)?)));
        if let Some((profile, link)) = finished {
            host_events::dispatch(
                &root,
                "complete",
                &[("profile", Field::Text(&profile)), ("link", Field::Text(&link))],
            );
        }
    }
}

/// The coach's invite in the page's fragment; a damaged one is reported and ignored.
fn coach_invite() -> Option<CoachInvite> {
    match invite::from_fragment(&location::fragment())? {
        Ok(invite) => Some(invite),
        Err(error) => {
            dom::warn(&format!("Context Check: the coach's link can't be read ({error}); ignoring it"));
            None
        }
    }
}

/// `context-check:step` whenever the screen changes (and once at the start), for the host page.
fn tell_each_step(runtime: Runtime) {
    let instrument = runtime.instrument;
    let key = Memo::new(move |_| runtime.session.with(|s| ScreenKey::of(instrument, s)));
    Effect::new(move |_| {
        let current = key.get();
        let Some(root) = runtime.root.get() else { return };
        let question = match current {
            ScreenKey::Question(index) => Field::Number(index + 1),
            _ => Field::Nothing,
        };
        let total = Field::Number(instrument.question_count());
        host_events::dispatch(
            &root,
            "step",
            &[("screen", Field::Text(current.name())), ("question", question), ("total", total)],
        );
        if let ScreenKey::Result(id) = current {
            super::share::prepare_card_file(runtime, id);
        }
    });
}

/// Listens to other tabs and to the address bar until the widget goes.
fn listen(runtime: Runtime) {
    let key = runtime.store.with_value(|s| s.key().to_owned());
    let stop = storage::on_change_elsewhere(key, move |raw| runtime.stored(StorageEvent::ChangedElsewhere(raw)));
    on_cleanup(stop);
    // A link pasted into the address bar of an open page changes only the fragment.
    let stop = dom::on_window("hashchange", move || {
        let arrived =
            runtime.result_key.with_value(|key| arrival::arrival(&location::fragment(), key, runtime.instrument));
        runtime.arrive(arrived);
    });
    on_cleanup(stop);
}

/// The whole widget, ready to mount.
pub fn widget(instrument: &'static Instrument, options: Options, model_url: Option<String>) -> impl IntoView {
    let store = Store::open(storage_key(&instrument.id, options.instance.as_deref()));
    let held = store.read();
    let found = match &held {
        Ok(raw) => Found::Value(raw.as_deref()),
        Err(_) => Found::Blocked,
    };
    let asked = if options.start == Start::Question { Opening::FirstQuestion } else { Opening::Intro };
    // An email's answer is taken once: it leaves the address, so neither a reload nor a share
    // link carries it.
    let start_key = arrival::start_key(options.instance.as_deref());
    let fragment = location::fragment();
    let opening = arrival::opening(&fragment, &start_key, instrument, asked);
    if codec::param(&fragment, &start_key).is_some() {
        location::replace_fragment(&codec::without_param(&fragment, &start_key));
    }
    let (session, effects) = Session::open(instrument, found, opening);
    let result_key = arrival::result_key(options.instance.as_deref());
    let runtime = Runtime {
        instrument,
        session: RwSignal::new(session),
        arrival: RwSignal::new(arrival::arrival(&location::fragment(), &result_key, instrument)),
        share: RwSignal::new(ShareState::default()),
        store: StoredValue::new(store),
        root: NodeRef::new(),
        link_base: StoredValue::new(options.share_base().map_or_else(location::href, str::to_owned)),
        result_key: StoredValue::new(result_key),
        sandboxed: options.frame == Frame::Sandboxed,
        can_share: options.frame != Frame::Sandboxed && clipboard::can_share(),
        card_file: StoredValue::new_local(None),
    };
    runtime.carry_out(effects);
    listen(runtime);
    tell_each_step(runtime);
    if let Some(colour) = options.accent.clone() {
        Effect::new(move |_| {
            if let Some(root) = runtime.root.get() {
                accent::apply(&root, &colour);
            }
        });
    }
    let next_step = options.cta_href.clone().map(|href| {
        let words = options.cta_label.clone().unwrap_or_else(|| instrument.strings().cta_default.to_owned());
        (href, words)
    });
    let page = PageFacts {
        can_share: runtime.can_share,
        model_url,
        coach: coach_invite(),
        sandboxed: runtime.sandboxed,
        next_step,
    };
    let coach = page.coach.clone();
    let send_to = Memo::new(move |_| {
        let coach = coach.as_ref()?;
        let t = instrument.strings();
        runtime.session.with(|s| {
            let (link, profile) = (runtime.link(s)?, view::result_profile(instrument, s)?);
            Some((invite::send_label(t, coach), invite::mailto(t, coach, &profile, &link)))
        })
    });
    provide_context(Ctx {
        instrument,
        session: runtime.session.read_only(),
        arrival: runtime.arrival.read_only(),
        share: runtime.share.read_only(),
        page: StoredValue::new(page),
        send_to,
        date: clock::format_date,
        dispatch: Callback::new(move |action| runtime.act(action)),
        uid: NEXT_UID.fetch_add(1, Ordering::Relaxed),
    });
    view! { <App root=runtime.root theme=options.theme.as_str() font=options.font.as_str()/> }
}
