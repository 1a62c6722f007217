//! The team view page's components: the form where links are pasted, and the comparison. They
//! render the core's [`TeamView`] and ask for a [`TeamAction`], which the page's runtime
//! (`crate::app`) carries out.

mod compare;
mod decision;
mod form;
mod guide;
mod output;
mod saved;
mod session;
mod strip;
mod summary;

use leptos::prelude::*;

use crate::core::instrument::Instrument;
use crate::core::team::compare::CompareView;
use crate::core::team::{SavedView, TeamView};
use form::TeamForm;
use output::TeamOutput;
use saved::SavedTeams;
use session::Session;

/// What a control on the team page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamAction {
    /// Put the decision in the form into the team link, and keep the team in this browser.
    Decide,
    /// Fill the decision with the summary's move at this index.
    PickMove(usize),
    /// Forget the kept team at this index of the list.
    Forget(usize),
    /// Open session mode at this topic, or close it (`None`).
    SessionTo(Option<usize>),
    /// Print the facilitation guide alone.
    PrintGuide,
    /// Set the kept team at this index of the list beside the team on screen.
    CompareWithSaved(usize),
    /// Set the pasted earlier team link beside the team on screen.
    CompareWithPasted,
    StopComparing,
    /// Read the pasted links and show the team.
    Compare,
    /// Show people's names (true), or hide them from the view, the team link and the image.
    Names(bool),
    CopyLink,
    DownloadPng,
    DownloadSvg,
}

/// What the last share action said, and the link to copy by hand when copying failed. It goes
/// with every comparison.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TeamShare {
    pub status: Option<&'static str>,
    pub manual_link: Option<String>,
}

/// The team page's shared state, provided by the runtime.
#[derive(Clone, Copy)]
pub struct TeamCtx {
    pub instrument: &'static Instrument,
    /// The pasted text, as the text area holds it.
    pub links: RwSignal<String>,
    /// The team's name, as its field holds it.
    pub label: RwSignal<String>,
    /// Whether the page was opened with a team link, which the pasted links add to.
    pub arrived: Signal<bool>,
    /// Whether people's names are shown.
    pub named: Signal<bool>,
    /// What the team decided, and the day to look again (`YYYY-MM-DD`), as the form holds them.
    pub decision: RwSignal<String>,
    pub look_again: RwSignal<String>,
    /// What keeping the decision said.
    pub decision_status: ReadSignal<Option<&'static str>>,
    /// The teams kept in this browser.
    pub saved: ReadSignal<Vec<SavedView>>,
    /// Session mode's topic, when it is open.
    pub session: ReadSignal<Option<usize>>,
    /// An earlier team link, as its field holds it; the comparison with it, or why there is none.
    pub earlier_link: RwSignal<String>,
    pub compared: ReadSignal<Option<CompareView>>,
    pub compare_status: ReadSignal<Option<&'static str>>,
    /// Where the check is, for opening a person's result: `#cc-result=…` is added.
    pub check_url: &'static str,
    /// The last comparison; `None` until the first.
    pub view: ReadSignal<Option<TeamView>>,
    pub share: ReadSignal<TeamShare>,
    /// Dates in the reader's locale.
    pub date: fn(u64) -> String,
    pub dispatch: Callback<TeamAction>,
}

impl TeamCtx {
    /// Asks the runtime to carry out an action.
    pub fn act(&self, action: TeamAction) {
        self.dispatch.run(action);
    }
}

fn use_team() -> TeamCtx {
    expect_context::<TeamCtx>()
}

const PRIMARY: &str = "cc-button cc-button--primary";
const QUIET: &str = "cc-button cc-button--quiet";

/// A section's heading.
fn subtitle(label: &'static str) -> AnyView {
    view! { <h3 class="cc-subtitle">{label}</h3> }.into_any()
}

/// The whole page, below the runtime that provides its [`TeamCtx`]. `root` is the runtime's
/// handle on the root element (for focus).
#[component]
pub fn TeamApp(root: NodeRef<leptos::html::Div>, theme: &'static str, font: &'static str) -> impl IntoView {
    let ctx = use_team();
    view! {
        <div class="cc-root cc-team-page" data-theme=theme data-font=font lang=ctx.instrument.strings().lang node_ref=root>
            <div inert=move || ctx.session.with(Option::is_some)><TeamForm/></div>
            <div inert=move || ctx.session.with(Option::is_some)><SavedTeams/></div>
            <div inert=move || ctx.session.with(Option::is_some)><TeamOutput/></div>
            <Session/>
        </div>
    }
}
