//! Leptos components, one per screen and part. They render the core's view models and ask for
//! actions, which the runtime (`crate::app`) carries out. No browser API is called here.
//!
//! The widget's components are compiled with the `widget` feature, the team page's (`team`) with
//! `team-page`: each bundle carries only its own.

#[cfg(feature = "widget")]
pub mod app;
#[cfg(feature = "widget")]
mod arrived;
#[cfg(feature = "widget")]
mod coach;
#[cfg(feature = "widget")]
pub mod context;
#[cfg(feature = "widget")]
mod controls;
#[cfg(feature = "widget")]
mod earlier;
#[cfg(feature = "widget")]
mod history;
#[cfg(feature = "widget")]
mod intro;
#[cfg(feature = "widget")]
mod notices;
#[cfg(feature = "widget")]
mod question;
#[cfg(feature = "widget")]
mod result;
#[cfg(feature = "widget")]
mod resume;
#[cfg(feature = "widget")]
mod review;
#[cfg(feature = "widget")]
mod screen;
#[cfg(feature = "team-page")]
pub mod team;
