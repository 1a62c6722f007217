//! The widget's root: loads the session, saves it after every change, shows the current screen.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::core::instrument::Instrument;
use crate::core::options::Options;
use crate::core::session::{Event, Notice, Session};
use crate::core::stored::{storage_key, Decoded};
use crate::core::view::{self, ScreenKey};
use crate::shell::dom;
use crate::shell::storage::{Loaded, Store, StoreError};
use crate::shell::clock;
use crate::ui::{notices::Notices, question::QuestionStep, screen::MarkupScreen};

/// What every component of one widget shares.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub instrument: &'static Instrument,
    pub session: RwSignal<Session>,
    /// Unique per mounted widget, so that ids never clash when a page has two.
    uid: usize,
}

impl Ctx {
    /// Sends the core an event.
    pub fn send(&self, event: Event) {
        let instrument = self.instrument;
        self.session.update(|s| s.apply(instrument, event));
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

/// Saves after every change; says once when a save fails, and tries again on the next change.
fn keep_saved(session: RwSignal<Session>, store: Store) {
    Effect::new(move |_| {
        let saved = session.with(|s| s.saved());
        let result = if saved.answers.is_empty() && saved.history.is_empty() { store.remove() } else { store.save(&saved) };
        if let Err(StoreError::Write(_)) = result {
            if !session.with_untracked(|s| s.notices.contains(&Notice::SaveFailed)) {
                session.update(|s| s.notify(Notice::SaveFailed));
            }
        }
    });
}

/// The whole widget.
#[component]
pub fn App(instrument: &'static Instrument, options: Options) -> impl IntoView {
    let mut store = Store::open(storage_key(&instrument.id, options.instance.as_deref()));
    let session = RwSignal::new(load(instrument, &mut store));
    let eraser = store.clone();
    keep_saved(session, store);
    let ctx = Ctx { instrument, session, uid: NEXT_UID.fetch_add(1, Ordering::Relaxed) };
    provide_context(ctx);

    let key = Memo::new(move |_| session.with(|s| ScreenKey::of(instrument, s)));
    let question = Memo::new(move |_| match key.get() {
        ScreenKey::Question(index) => Some(index),
        _ => None,
    });
    let asking = Memo::new(move |_| question.get().is_some());
    let announcement = Memo::new(move |_| session.with(|s| view::announcement(instrument, s)));
    let root = NodeRef::<leptos::html::Div>::new();
    // Focus the new step's heading when the respondent moves, never on first load.
    Effect::new(move |previous: Option<ScreenKey>| {
        let current = key.get();
        if previous.is_some_and(|p| p != current) {
            request_animation_frame(move || {
                if let Some(root) = root.get_untracked() {
                    dom::focus_step_heading(&root);
                }
            });
        }
        current
    });

    view! {
        <div
            class="cc-root"
            data-theme=options.theme.as_str()
            data-screen=move || key.get().name()
            node_ref=root
            on:click=move |ev| {
                let event = dom::action_of(&ev).and_then(|action| Event::from_action(&action, clock::now()));
                if let Some(event) = event {
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
