//! Context Check: an embeddable assessment of a product team's context.
//!
//! [`core`] is plain Rust (instrument, scoring, session, stored format). The browser-only parts,
//! the shell (storage, mounting) and the Leptos components, are compiled for wasm32 only.

pub mod core;
pub mod markup;

#[cfg(target_arch = "wasm32")]
mod shell;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
mod ui;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub use shell::coach_link::coach_link;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub use shell::mount::{mount, Widget};
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub use shell::panic::panic_for_tests;
#[cfg(all(target_arch = "wasm32", feature = "team-page"))]
pub use shell::team_page::{mount_team, TeamPage};
