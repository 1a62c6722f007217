//! Results, team bundles and coach invites as links: compact, checksummed, versioned binary in
//! base64url, carried in the page's URL fragment (which browsers never send to a server).
//!
//! Every link is a format byte, its fields and a CRC-32 (see `wire`), so a cut or mistyped link
//! is refused rather than read as another result. Result and team links name the instrument's id
//! and version and hold one small number per question; reading one checks all of it against the
//! instrument at hand and gives back only finished results (every question answered with one of
//! its options). Invite text is sanitised on the way in and out. [`fragment`] puts a link into,
//! and reads it from, a URL fragment without disturbing the host page's own pieces.
//!
//! No browser APIs, serde or floats here: the code goes into the wasm bundle as it is.

mod coach;
mod error;
pub mod fragment;
mod result_link;
pub(crate) mod sanitise;
mod team_link;
mod wire;

pub use coach::{
    decode_coach, encode_coach, CoachInvite, COACH_FORMAT, COACH_FORMAT_NO_ADDRESS, MAX_COACH_CHARS, MAX_MESSAGE_CHARS,
    MAX_NAME_CHARS,
};
pub use error::ShareError;
pub use fragment::{param, with_param, without_param, COACH_KEY, RESULT_KEY, START_KEY, TEAM_KEY};
pub use result_link::{
    day_from_millis, decode, encode, tag_of, SharedResult, MAX_DAY, MAX_RESULT_CHARS, RESULT_FORMAT,
    RESULT_FORMAT_UNTAGGED,
};
pub use team_link::{
    decode_team, encode_team, Decision, TeamBundle, TeamMember, MAX_DECISION_CHARS, MAX_PERSON_CHARS, MAX_TEAM_CHARS,
    TEAM_FORMAT, TEAM_FORMAT_UNNAMED, TEAM_FORMAT_UNTAGGED, TEAM_MEMBERS,
};
