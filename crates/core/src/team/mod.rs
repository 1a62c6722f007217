//! The team view: several people's results of one questionnaire side by side, read from links
//! pasted in or from one team link, with nothing sent anywhere.
//!
//! [`paste`] reads the links, [`spread`] holds the numbers (medians, stacked dots, how far apart
//! answers are), [`view`] words what the page shows, and [`saved`] is the list of teams a coach
//! keeps in their browser with what each decided; [`workshop`] turns the view into a 30-minute
//! session, and [`compare`] sets an earlier team beside it.

pub mod compare;
pub mod paste;
pub mod saved;
pub mod spread;
pub mod view;
pub mod workshop;

pub use paste::{read, team_code, Member, Pasted, SkipReason, Skipped};
pub use view::{
    saved_views, team_view, BandView, CountView, DivergenceView, KindSplitView, LevelSplitView, MemberView, MoveView,
    SavedView, SkippedView, StripView, SummaryView, TeamView,
};
