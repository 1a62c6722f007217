//! Leptos components. They render the core's view models and send it events; nothing else.
//! The interactive question step is a `view!`; the read-only screens are markup trees
//! (see `crate::markup`) shown by [`screen::MarkupScreen`].

pub mod app;
mod notices;
mod question;
mod screen;
pub mod share;
