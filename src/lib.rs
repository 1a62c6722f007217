//! Context Check: an embeddable assessment of a product team's context.
//!
//! [`core`] is plain Rust (instrument, scoring, session, stored and shared formats) and
//! [`markup`] draws the card images from it. The browser-only parts are compiled for wasm32
//! only: `app` (the runtime and the entry points), `ui` (Leptos components) and `shell`
//! (adapters for storage, the URL, the clipboard and host events). See ARCHITECTURE.md.

pub use context_check_core as core;
pub mod markup;
pub mod shipped;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(all(not(target_arch = "wasm32"), feature = "widget"))]
pub mod prerender;
#[cfg(target_arch = "wasm32")]
mod shell;
mod ui;

#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub use app::{mount, Widget};
#[cfg(all(target_arch = "wasm32", feature = "team-page"))]
pub use app::{mount_team, TeamPage};
#[cfg(all(target_arch = "wasm32", feature = "team-page"))]
pub use shell::coach_link::coach_link;
#[cfg(all(target_arch = "wasm32", feature = "widget"))]
pub use shell::panic::panic_for_tests;
