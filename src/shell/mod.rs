//! The only code that touches browser APIs: storage, the clock, dates, mounting, colours and
//! the events a host page hears.

pub mod accent;
pub mod clipboard;
pub mod clock;
pub mod coach_link;
pub mod dom;
pub mod download;
pub mod host_events;
pub mod location;
pub mod mount;
pub mod panic;
pub mod storage;
