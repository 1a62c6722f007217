//! The team view: several people's results of one questionnaire side by side, read from links
//! pasted in or from one team link, with nothing sent anywhere.
//!
//! [`paste`] reads the links, [`spread`] holds the numbers (medians, stacked dots, how far apart
//! answers are) and [`view`] words what the page shows.

pub mod paste;
pub mod spread;
pub mod view;

pub use paste::{read, team_code, Member, Pasted, SkipReason, Skipped};
pub use view::{team_view, DivergenceView, MemberView, SkippedView, StripView, TeamView};
