//! A coach's invitation to take the questionnaire, carried in a link: [`encode_coach`] and
//! [`decode_coach`].
//!
//! Layout (before base64url): format byte [`COACH_FORMAT`], then the coach's name, the message
//! and the team label as length-prefixed UTF-8 (an empty label means none), CRC-32. The text is
//! sanitised both when an invite is made and when one is read, so a crafted link can't carry
//! hidden or reordering characters, or more text than a person could type into the form.

use super::error::ShareError;
use super::sanitise;
use super::wire::{self, Reader, Writer};

/// The format byte of a coach invite.
pub const COACH_FORMAT: u8 = 3;
/// Longest coach name or team label, in characters, "…" included.
pub const MAX_NAME_CHARS: usize = 60;
/// Longest message, in characters, "…" included.
pub const MAX_MESSAGE_CHARS: usize = 280;
/// Longer text is refused before decoding: the longest an invite link can be (2148 characters,
/// when every character takes four bytes).
pub const MAX_COACH_CHARS: usize =
    wire::text_len(1 + 2 * (2 + 4 * MAX_NAME_CHARS) + (2 + 4 * MAX_MESSAGE_CHARS) + wire::CHECKSUM_LEN);

/// Who invites, what they say, and for which team.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoachInvite {
    /// The coach's name: one line, at most [`MAX_NAME_CHARS`].
    pub coach: String,
    /// A note to the team: lines without blank ones, at most [`MAX_MESSAGE_CHARS`]; may be empty.
    pub message: String,
    /// The team's label: one line, at most [`MAX_NAME_CHARS`].
    pub team: Option<String>,
}

impl CoachInvite {
    /// The invite as it is shown and shared: hidden, bidi and control characters removed, white
    /// space collapsed (the message keeps single line breaks), trimmed, and cut to length with
    /// "…". A team label with nothing left becomes `None`. Plain text, not escaped: show it as
    /// text. Sanitising a sanitised invite changes nothing.
    pub fn sanitised(&self) -> Self {
        Self::sanitised_from(&self.coach, &self.message, self.team.as_deref())
    }

    fn sanitised_from(coach: &str, message: &str, team: Option<&str>) -> Self {
        Self {
            coach: sanitise::one_line(coach, MAX_NAME_CHARS),
            message: sanitise::lines(message, MAX_MESSAGE_CHARS),
            team: team.map(|team| sanitise::one_line(team, MAX_NAME_CHARS)).filter(|team| !team.is_empty()),
        }
    }
}

/// The link text (base64url, no padding) of an invite, sanitised first. Refused when no coach
/// name is left.
pub fn encode_coach(invite: &CoachInvite) -> Result<String, ShareError> {
    let invite = invite.sanitised();
    if invite.coach.is_empty() {
        return Err(ShareError::NoCoachName);
    }
    let mut out = Writer::new(COACH_FORMAT);
    out.bytes(invite.coach.as_bytes());
    out.bytes(invite.message.as_bytes());
    out.bytes(invite.team.as_deref().unwrap_or_default().as_bytes());
    Ok(out.finish())
}

/// Reads an invite link's text. Any `Ok` is sanitised and names a coach.
pub fn decode_coach(text: &str) -> Result<CoachInvite, ShareError> {
    let (_, payload) = wire::open(text, MAX_COACH_CHARS, &[COACH_FORMAT])?;
    let mut fields = Reader::new(&payload);
    let coach = utf8(fields.bytes()?)?;
    let message = utf8(fields.bytes()?)?;
    let team = utf8(fields.bytes()?)?;
    fields.end()?;
    let invite = CoachInvite::sanitised_from(coach, message, Some(team));
    if invite.coach.is_empty() {
        return Err(ShareError::NoCoachName);
    }
    Ok(invite)
}

fn utf8(bytes: &[u8]) -> Result<&str, ShareError> {
    std::str::from_utf8(bytes).map_err(|_| ShareError::Malformed)
}
