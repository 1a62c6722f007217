//! A coach's invitation to take the questionnaire, carried in a link: [`encode_coach`] and
//! [`decode_coach`].
//!
//! Layout (before base64url): format byte [`COACH_FORMAT`], then the coach's name, the message,
//! the team label and the reply address as length-prefixed UTF-8 (empty means none), CRC-32.
//! Invites of the first layout, [`COACH_FORMAT_NO_ADDRESS`], are still read. The text is
//! sanitised both when an invite is made and when one is read, so a crafted link can't carry
//! hidden or reordering characters, or more text than a person could type into the form; an
//! address must be one a `mailto:` link can carry as it is.

use super::error::ShareError;
use super::sanitise;
use super::wire::{self, Reader, Writer};

/// The format byte of a coach invite.
pub const COACH_FORMAT: u8 = 7;
/// The format byte of invites without a reply address; still read.
pub const COACH_FORMAT_NO_ADDRESS: u8 = 3;
/// Longest coach name or team label, in characters, "…" included.
pub const MAX_NAME_CHARS: usize = 60;
/// Longest message, in characters, "…" included.
pub const MAX_MESSAGE_CHARS: usize = 280;
/// Longer text is refused before decoding: the longest an invite link can be (2148 characters,
/// when every character takes four bytes).
pub const MAX_COACH_CHARS: usize = wire::text_len(
    1 + 2 * (2 + 4 * MAX_NAME_CHARS)
        + (2 + 4 * MAX_MESSAGE_CHARS)
        + (2 + sanitise::MAX_ADDRESS_CHARS)
        + wire::CHECKSUM_LEN,
);

/// Who invites, what they say, and for which team.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoachInvite {
    /// The coach's name: one line, at most [`MAX_NAME_CHARS`].
    pub coach: String,
    /// A note to the team: lines without blank ones, at most [`MAX_MESSAGE_CHARS`]; may be empty.
    pub message: String,
    /// The team's label: one line, at most [`MAX_NAME_CHARS`].
    pub team: Option<String>,
    /// Where the coach wants results sent: an e-mail address.
    pub reply_to: Option<String>,
}

impl CoachInvite {
    /// The invite as it is shown and shared: hidden, bidi and control characters removed, white
    /// space collapsed (the message keeps single line breaks), trimmed, and cut to length with
    /// "…". A team label with nothing left becomes `None`. Plain text, not escaped: show it as
    /// text. Sanitising a sanitised invite changes nothing.
    /// The address, blank or not, is left as it is: see [`encode_coach`].
    pub fn sanitised(&self) -> Self {
        Self::sanitised_from(&self.coach, &self.message, self.team.as_deref(), self.reply_to.clone())
    }

    fn sanitised_from(coach: &str, message: &str, team: Option<&str>, reply_to: Option<String>) -> Self {
        Self {
            coach: sanitise::one_line(coach, MAX_NAME_CHARS),
            message: sanitise::lines(message, MAX_MESSAGE_CHARS),
            team: team.map(|team| sanitise::one_line(team, MAX_NAME_CHARS)).filter(|team| !team.is_empty()),
            reply_to,
        }
    }
}

/// The reply address as a link carries it: none when blank, refused when not an address.
fn reply_to(text: Option<&str>) -> Result<Option<String>, ShareError> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(text) => sanitise::address(text).map(Some).ok_or(ShareError::BadAddress),
    }
}

/// The link text (base64url, no padding) of an invite, sanitised first. Refused when no coach
/// name is left, or when the reply address is given but is not an e-mail address.
pub fn encode_coach(invite: &CoachInvite) -> Result<String, ShareError> {
    let invite = invite.sanitised();
    if invite.coach.is_empty() {
        return Err(ShareError::NoCoachName);
    }
    let address = reply_to(invite.reply_to.as_deref())?;
    let mut out = Writer::new(COACH_FORMAT);
    out.bytes(invite.coach.as_bytes());
    out.bytes(invite.message.as_bytes());
    out.bytes(invite.team.as_deref().unwrap_or_default().as_bytes());
    out.bytes(address.as_deref().unwrap_or_default().as_bytes());
    Ok(out.finish())
}

/// Reads an invite link's text. Any `Ok` is sanitised, names a coach, and has no address or one
/// a mail link can carry.
pub fn decode_coach(text: &str) -> Result<CoachInvite, ShareError> {
    let (format, payload) = wire::open(text, MAX_COACH_CHARS, &[COACH_FORMAT, COACH_FORMAT_NO_ADDRESS])?;
    let mut fields = Reader::new(&payload);
    let coach = utf8(fields.bytes()?)?;
    let message = utf8(fields.bytes()?)?;
    let team = utf8(fields.bytes()?)?;
    let address = if format == COACH_FORMAT { reply_to(Some(utf8(fields.bytes()?)?))? } else { None };
    fields.end()?;
    let invite = CoachInvite::sanitised_from(coach, message, Some(team), address);
    if invite.coach.is_empty() {
        return Err(ShareError::NoCoachName);
    }
    Ok(invite)
}

fn utf8(bytes: &[u8]) -> Result<&str, ShareError> {
    std::str::from_utf8(bytes).map_err(|_| ShareError::Malformed)
}
