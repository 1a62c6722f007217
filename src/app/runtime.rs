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
    /// The hosted check's root, when share links go to it: they may then open on the share page of
    /// their profile (`arrival::share_page`), if the visitor says so (`profile_in_link`).
    check_root: StoredValue<Option<String>>,
    pub profile_in_link: RwSignal<bool>,
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
            Action::CopyLink
            | Action::ShareSheet
            | Action::DownloadPng
            | Action::DownloadSvg
            | Action::Print
            | Action::ProfileInLink(_) => super::share::run(self, action),
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
        let profile = self.profile_in_link.get().then_some(entry.profile.as_str());
        Some(self.link_to(&SharedResult::from_history(self.instrument, entry), profile))
    }

    /// The link to the result on screen: the visitor's own, or the one a link brought.
    fn shown_link(self) -> Option<String> {
        self.arrival.with_untracked(|arrived| match arrived {
            Arrival::Own => self.session.with_untracked(|s| self.link(s)),
            Arrival::Shared(result) => Some(self.link_to(result, None)),
            Arrival::Earlier { .. } | Arrival::Damaged(_) => None,
        })
    }

    /// The page share links go to: the link base, or on the hosted check its root or the share
    /// page of `profile`.
    pub fn share_page(self, profile: Option<&str>) -> String {
        let base = self.link_base.get_value();
        self.check_root.with_value(|root| {
            root.as_deref().and_then(|root| arrival::share_page(&base, root, profile)).unwrap_or(base)
        })
    }

    fn link_to(self, result: &SharedResult, profile: Option<&str>) -> String {
        let base = self.share_page(profile);
        let base = match base.split_once('#') {
            Some((page, fragment)) => arrival::link_base(page, &codec::without_param(fragment, COACH_KEY)),
            None => base,
        };
        let code = codec::encode(result, self.instrument);
        self.result_key.with_value(|key| arrival::link_to(&base, key, &code))
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
        // The reader's choice of a profile share page is for the result they made it on.
        runtime.profile_in_link.set(false);
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
/// `hosted_at` is where the widget's files are (the hosted check's root), when that can be found.
pub fn widget(instrument: &'static Instrument, options: Options, hosted_at: Option<String>) -> impl IntoView {
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
    let link_base = options.share_base().map_or_else(location::href, str::to_owned);
    let check_root = hosted_at.clone().filter(|root| arrival::share_page(&link_base, root, None).is_some());
    let runtime = Runtime {
        instrument,
        session: RwSignal::new(session),
        arrival: RwSignal::new(arrival::arrival(&location::fragment(), &result_key, instrument)),
        share: RwSignal::new(ShareState::default()),
        store: StoredValue::new(store),
        root: NodeRef::new(),
        link_base: StoredValue::new(link_base),
        result_key: StoredValue::new(result_key),
        sandboxed: options.frame == Frame::Sandboxed,
        can_share: options.frame != Frame::Sandboxed && clipboard::can_share(),
        check_root: StoredValue::new(check_root),
        profile_in_link: RwSignal::new(false),
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
        model_url: hosted_at.map(|root| format!("{root}www/model.html")),
        profile_pages: runtime.check_root.with_value(Option::is_some),
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
        result_link: Callback::new(move |()| runtime.shown_link()),
        date: clock::format_date,
        dispatch: Callback::new(move |action| runtime.act(action)),
        uid: NEXT_UID.fetch_add(1, Ordering::Relaxed),
    });
    view! { <App root=runtime.root theme=options.theme.as_str() font=options.font.as_str()/> }
}
