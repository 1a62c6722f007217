//! What every component of one widget reads, and the one way a component asks for something:
//! an [`Action`], carried out by the widget's runtime (`crate::app`).

use leptos::prelude::*;

use crate::core::arrival::Arrival;
use crate::core::instrument::Instrument;
use crate::core::session::{Event, Session};
use crate::core::share::CoachInvite;

/// What a control asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// An event for the session. (`Finish` is sent as [`Action::Finish`], stamped by the runtime.)
    Session(Event),
    /// See the result, now.
    Finish,
    /// Leave a shared result (or a link that can't be read) for one's own assessment.
    TakeItYourself,
    CopyLink,
    /// The system share sheet, falling back to copying.
    ShareSheet,
    DownloadPng,
    DownloadSvg,
    /// The result card alone, on paper or as a PDF.
    Print,
    /// Whether share links open on the share page of the visitor's profile, whose link preview
    /// shows it.
    ProfileInLink(bool),
}

impl From<Event> for Action {
    fn from(event: Event) -> Self {
        Action::Session(event)
    }
}

/// What the last share action said, shown under the share buttons until the screen changes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShareState {
    pub status: Option<&'static str>,
    /// The link, for copying by hand when the browser refused to copy it.
    pub manual_link: Option<String>,
}

/// The page's facts the components show but can't find out themselves.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageFacts {
    /// Whether the browser has a system share sheet.
    pub can_share: bool,
    /// Where "How this is scored" is hosted, when that can be found.
    pub model_url: Option<String>,
    /// Share links may open on the share page of the visitor's profile (on the hosted check).
    pub profile_pages: bool,
    /// The coach's invite the visit came with, if any.
    pub coach: Option<CoachInvite>,
    /// A sandboxed frame: no downloads, no new tabs.
    pub sandboxed: bool,
    /// The author's next step on the result card: where it goes, and its words.
    pub next_step: Option<(String, String)>,
}

/// The widget's shared state, provided by the runtime.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub instrument: &'static Instrument,
    pub session: ReadSignal<Session>,
    /// How the visit opened: the visitor's own assessment, or a shared link.
    pub arrival: ReadSignal<Arrival>,
    pub share: ReadSignal<ShareState>,
    pub page: StoredValue<PageFacts>,
    /// "Send to <coach>" and its `mailto:` address, on the visitor's own result from a coach's link.
    pub send_to: Memo<Option<(String, String)>>,
    /// The share link of the result on screen, if one is (read when asked, untracked).
    pub result_link: Callback<(), Option<String>>,
    /// Dates in the reader's locale.
    pub date: fn(u64) -> String,
    /// Carries out an action: see [`Ctx::act`].
    pub dispatch: Callback<Action>,
    /// Unique per mounted widget, so that ids never clash when a page has two.
    pub uid: usize,
}

impl Ctx {
    /// Asks the runtime to carry out an action.
    pub fn act(&self, action: impl Into<Action>) {
        self.dispatch.run(action.into());
    }

    /// An element id unique to this widget.
    pub fn id(&self, name: &str) -> String {
        format!("cc{}-{name}", self.uid)
    }
}

/// The widget's shared state, from any component below the root.
pub fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}
