//! The runtime: the entry points a page calls, and the one place that holds the widget's state,
//! owns its storage and listeners, and carries out the effects the core decides on.
//!
//! Layers, top down: `app` (this) → `ui` (components) and `shell` (browser adapters) → `core`
//! (plain Rust). Only `app` knows them all.

mod loading;
#[cfg(feature = "widget")]
mod mount;
#[cfg(feature = "widget")]
mod runtime;
#[cfg(feature = "widget")]
mod share;
#[cfg(feature = "team-page")]
mod team;

#[cfg(feature = "widget")]
pub use mount::{mount, Widget};
#[cfg(feature = "team-page")]
pub use team::{mount_team, TeamPage};
