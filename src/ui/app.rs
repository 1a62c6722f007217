//! The widget's root: loads the session, saves it after every change, shows the current screen.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::core::arrival::{self, Arrival};
use crate::core::instrument::Instrument;
use crate::core::invite;
use crate::core::options::{Options, Start};
use crate::core::session::{Event, Notice, Session};
use crate::core::share::{self as codec, CoachInvite, COACH_KEY};
use crate::core::stored::{self, storage_key, Decoded, Saved};
use crate::core::view::{self, ScreenKey};
use crate::shell::dom;
use crate::shell::host_events::{self, Field};
use crate::shell::storage::{self, Loaded, Store, StoreError};
use crate::shell::{accent, clock, location};
use crate::ui::share::{self, ShareState};
use crate::ui::{notices::Notices, question::QuestionStep, screen::MarkupScreen};

/// What every component of one widget shares.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub instrument: &'static Instrument,
    pub session: RwSignal<Session>,
    /// How the visit opened: the visitor's own assessment, or a shared link.
    pub arrival: RwSignal<Arrival>,
    /// What the last share action said.
    pub share: RwSignal<ShareState>,
    /// The page share links point to, and our key in its fragment.
    link_base: StoredValue<String>,
    result_key: StoredValue<String>,
    /// The coach's invite the visit came with, if any.
    pub coach: StoredValue<Option<CoachInvite>>,
    /// Where "How this is scored" is hosted, when that can be found.
    pub model_url: StoredValue<Option<String>>,
    /// Unique per mounted widget, so that ids never clash when a page has two.
    uid: usize,
}

impl Ctx {
    /// Sends the core an event.
    pub fn send(&self, event: Event) {
        let instrument = self.instrument;
        self.session.update(|s| s.apply(instrument, event));
    }

    /// The share link for the result on screen, if one is.
    pub fn link(&self, session: &Session) -> Option<String> {
        // A result link needn't carry the coach's invite along.
        let base = self.link_base.with_value(|base| match base.split_once('#') {
            Some((page, fragment)) => arrival::link_base(page, &codec::without_param(fragment, COACH_KEY)),
            None => base.clone(),
        });
        self.result_key.with_value(|key| share::current_link(self.instrument, session, &base, key))
    }

    /// Leaves a shared result (or a damaged link) for the visitor's own assessment, and takes our
    /// key out of the page's fragment so that a reload doesn't bring it back.
    pub fn leave_shared(&self) {
        self.arrival.set(Arrival::Own);
        let fragment = self.result_key.with_value(|key| arrival::without_link(&location::fragment(), key));
        location::replace_fragment(&fragment);
    }

    /// An element id unique to this widget.
    pub fn id(&self, name: &str) -> String {
        format!("cc{}-{name}", self.uid)
    }
}

/// The widget's shared state, from any component below [`App`].
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

static NEXT_UID: AtomicUsize = AtomicUsize::new(1);

/// Starts from whatever storage holds, setting aside what can't be read.
fn load(instrument: &Instrument, store: &mut Store) -> Session {
    let mut session = Session::new();
    match store.load() {
        Loaded::Unavailable => session.notify(Notice::NotKept),
        Loaded::Decoded(Decoded::Empty) => {}
        Loaded::Decoded(Decoded::Restored(saved)) => session = Session::restore(instrument, saved),
        Loaded::Decoded(Decoded::Newer { .. }) => {
            store.detach();
            session.notify(Notice::NewerData);
        }
        Loaded::Decoded(Decoded::Unreadable { .. }) => {
            if store.set_aside().is_err() {
                store.detach();
            }
            session.notify(Notice::SetAside);
        }
    }
    session
}

/// The coach's invite in the page's fragment; a damaged one is reported and ignored.
fn coach_invite() -> Option<CoachInvite> {
    match invite::from_fragment(&location::fragment())? {
        Ok(invite) => Some(invite),
        Err(error) => {
            web_sys::console::warn_1(
                &format!("Context Check: the coach's link can't be read ({error}); ignoring it").into(),
            );
            None
        }
    }
}

/// Saves after every change; says once when a save fails, and tries again on the next change.
/// A change taken from another tab is not written back (`adopted`), so two tabs never echo each
/// other's saves.
fn keep_saved(session: RwSignal<Session>, store: Store, adopted: StoredValue<bool>) {
    Effect::new(move |_| {
        let saved = session.with(|s| s.saved());
        if adopted.get_value() {
            adopted.set_value(false);
            return;
        }
        let result =
            if saved.answers.is_empty() && saved.history.is_empty() { store.remove() } else { store.save(&saved) };
        if let Err(StoreError::Write(_)) = result {
            if !session.with_untracked(|s| s.notices.contains(&Notice::SaveFailed)) {
                session.update(|s| s.notify(Notice::SaveFailed));
            }
        }
    });
}

/// Dispatches `context-check:step` when the screen changes, and `context-check:complete` when
/// the respondent finishes (from the review or the last question), from the widget's root for the
/// host page to hear.
fn tell_the_host(ctx: Ctx, key: Memo<ScreenKey>, root: NodeRef<leptos::html::Div>) {
    let instrument = ctx.instrument;
    Effect::new(move |previous: Option<ScreenKey>| {
        let current = key.get();
        let Some(root) = root.get() else { return current };
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
        // Finished: from the review, or straight from the last question.
        if let (Some(ScreenKey::Review | ScreenKey::Question(_)), ScreenKey::Result(id)) = (previous, current) {
            let finished = ctx.session.with_untracked(|s| Some((s.history.get(id)?.profile.clone(), ctx.link(s)?)));
            if let Some((profile, link)) = finished {
                host_events::dispatch(
                    &root,
                    "complete",
                    &[("profile", Field::Text(&profile)), ("link", Field::Text(&link))],
                );
            }
        }
        current
    });
}

/// The whole widget.
#[component]
pub fn App(instrument: &'static Instrument, options: Options, model_url: Option<String>) -> impl IntoView {
    let mut store = Store::open(storage_key(&instrument.id, options.instance.as_deref()));
    let mut loaded = load(instrument, &mut store);
    if options.start == Start::Question {
        loaded.skip_intro(instrument);
    }
    let session = RwSignal::new(loaded);
    let eraser = store.clone();
    let adopted = StoredValue::new(false);
    let key = store.key().to_owned();
    keep_saved(session, store, adopted);
    // Another tab on the same assessment saved: take its answers, without writing them back.
    let stop_listening = storage::on_change_elsewhere(key, move |raw| {
        let saved = match stored::decode(raw.as_deref()) {
            Decoded::Restored(saved) => saved,
            Decoded::Empty => Saved::default(),
            Decoded::Newer { .. } | Decoded::Unreadable { .. } => return,
        };
        adopted.set_value(true);
        session.update(|s| s.adopt(instrument, saved));
    });
    on_cleanup(stop_listening);
    let result_key = arrival::result_key(options.instance.as_deref());
    let arrived = arrival::arrival(&location::fragment(), &result_key, instrument);
    let ctx = Ctx {
        instrument,
        session,
        arrival: RwSignal::new(arrived),
        share: RwSignal::new(ShareState::default()),
        link_base: StoredValue::new(options.link.clone().unwrap_or_else(location::href)),
        result_key: StoredValue::new(result_key),
        coach: StoredValue::new(coach_invite()),
        model_url: StoredValue::new(model_url),
        uid: NEXT_UID.fetch_add(1, Ordering::Relaxed),
    };
    provide_context(ctx);

    let key = Memo::new(move |_| session.with(|s| ScreenKey::of(instrument, s)));
    let own = Memo::new(move |_| ctx.arrival.with(|a| *a == Arrival::Own));
    let question = Memo::new(move |_| match key.get() {
        _ if !own.get() => None,
        ScreenKey::Question(index) => Some(index),
        _ => None,
    });
    let asking = Memo::new(move |_| question.get().is_some());
    let announcement = Memo::new(move |_| session.with(|s| view::announcement(instrument, s)));
    let root = NodeRef::<leptos::html::Div>::new();
    // Focus the new step's heading when the respondent moves, never on first load.
    Effect::new(move |previous: Option<(ScreenKey, bool)>| {
        let current = (key.get(), own.get());
        if previous.is_some_and(|p| p != current) {
            ctx.share.set(ShareState::default());
            request_animation_frame(move || {
                if let Some(root) = root.get_untracked() {
                    dom::focus_step_heading(&root);
                }
            });
        }
        current
    });
    tell_the_host(ctx, key, root);
    // A link pasted into the address bar of an open page changes only the fragment.
    let listener = leptos::leptos_dom::helpers::window_event_listener_untyped("hashchange", move |_| {
        let arrived = ctx.result_key.with_value(|key| arrival::arrival(&location::fragment(), key, instrument));
        if arrived != ctx.arrival.get_untracked() {
            ctx.arrival.set(arrived);
        }
    });
    on_cleanup(move || listener.remove());
    if let Some(colour) = options.accent.clone() {
        Effect::new(move |_| {
            if let Some(root) = root.get() {
                accent::apply(&root, &colour);
            }
        });
    }

    view! {
        <div
            class="cc-root"
            data-theme=options.theme.as_str()
            data-font=options.font.as_str()
            lang=instrument.strings().lang
            data-screen=move || if own.get() { key.get().name() } else { "shared" }
            node_ref=root
            on:click=move |ev| {
                let Some(action) = dom::action_of(&ev) else { return };
                if action == "take-it-yourself" {
                    ctx.leave_shared();
                    return;
                }
                if share::handle(ctx, &action) {
                    return;
                }
                if let Some(event) = Event::from_action(&action, clock::now()) {
                    if event == Event::DeleteEverything {
                        // Set-aside data goes too; the save effect then finds nothing to keep.
                        let _ = eraser.erase();
                    }
                    ctx.send(event);
                }
            }
        >
            <p class="cc-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live">
                {move || announcement.get()}
            </p>
            <Notices/>
            {move || {
                if asking.get() {
                    // Keyed by question, so each question gets fresh inputs: reusing one form's
                    // radios for the next question left the restored answer unchecked.
                    view! { <For each=move || question.get() key=|index| *index let:index><QuestionStep index/></For> }
                        .into_any()
                } else {
                    view! { <MarkupScreen/> }.into_any()
                }
            }}
        </div>
    }
}
