//! The only code that touches browser APIs: storage, the clock, dates, mounting, colours and
//! the events a host page hears.
//!
//! Two bundles are built from this crate (see Cargo.toml's features): the widget's modules are
//! compiled with `widget`, the team view page's with `team-page`; the rest serve both.

pub mod accent;
pub mod clipboard;
pub mod clock;
#[cfg(feature = "team-page")]
pub mod coach_link;
pub mod dom;
pub mod download;
#[cfg(feature = "widget")]
pub mod host_events;
pub mod host_options;
pub mod location;
pub mod panic;
pub mod print;
pub mod storage;
