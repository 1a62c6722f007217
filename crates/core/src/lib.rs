//! The pure core: instrument, scoring, session and stored format. No browser APIs here, so all of
//! it is tested natively with `cargo test`.

pub mod answers;
pub mod arrival;
pub mod colour;
pub mod history;
pub mod instrument;
pub mod invite;
pub mod locale;
pub mod options;
pub mod rank;
pub mod scoring;
pub mod session;
pub mod share;
pub mod stored;
pub mod team;
pub mod view;
