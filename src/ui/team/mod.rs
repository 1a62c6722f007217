//! The team view page's components: the form where links are pasted, and the comparison. They
//! render the core's [`TeamView`] and ask for a [`TeamAction`], which the page's runtime
//! (`crate::app`) carries out.

mod form;
mod output;
mod strip;

use leptos::prelude::*;

use crate::core::instrument::Instrument;
use crate::core::team::TeamView;
use form::TeamForm;
use output::TeamOutput;

/// What a control on the team page asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamAction {
    /// Read the pasted links and show the team.
    Compare,
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
            <div><TeamForm/></div>
            <div><TeamOutput/></div>
        </div>
    }
}
