//! The only code that touches browser APIs: storage, the clock, dates, mounting.

pub mod clock;
pub mod dom;
pub mod mount;
pub mod storage;
