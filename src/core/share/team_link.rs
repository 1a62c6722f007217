//! Several results of one questionnaire in one link, for a team view: [`encode_team`] and
//! [`decode_team`].
//!
//! Layout (before base64url): format byte [`TEAM_FORMAT`], instrument id (length-prefixed),
//! version, member count, then per member its finish day and one 4-bit answer per question,
//! CRC-32. For the shipped instrument a member takes 11 bytes: 30 members fit in 467 characters.

use std::ops::RangeInclusive;

use super::error::ShareError;
use super::result_link::{check_answers, check_day, check_instrument};
use super::wire::{self, Reader, Writer};
use crate::core::answers::Answers;
use crate::core::instrument::Instrument;

/// The format byte of a team link.
pub const TEAM_FORMAT: u8 = 2;
/// How many results a team link holds.
pub const TEAM_MEMBERS: RangeInclusive<usize> = 2..=30;
/// Longer text is refused before decoding: the longest a team link can be (662 characters).
pub const MAX_TEAM_CHARS: usize = wire::text_len(
    1 + wire::MAX_INSTRUMENT_LEN
        + 1
        + *TEAM_MEMBERS.end() * (wire::MAX_DAY_LEN + wire::MAX_ANSWERS_LEN)
        + wire::CHECKSUM_LEN,
);

/// Finished results of one questionnaire and version, as a team shares them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamBundle {
    pub instrument_id: String,
    pub instrument_version: u32,
    /// Each member's finish day (days since 1970-01-01) and answers, in the order given.
    pub members: Vec<(u32, Answers)>,
}

impl TeamBundle {
    /// A bundle of this instrument (its id and current version).
    pub fn new(instrument: &Instrument, members: Vec<(u32, Answers)>) -> Self {
        Self { instrument_id: instrument.id.clone(), instrument_version: instrument.version, members }
    }

    /// Whether the bundle is one [`decode_team`] would give back: this instrument and version,
    /// 2 to 30 members, each with a day up to the last allowed and every question answered.
    pub fn check(&self, instrument: &Instrument) -> Result<(), ShareError> {
        check_instrument(&self.instrument_id, self.instrument_version, instrument)?;
        check_size(self.members.len())?;
        for (day, answers) in &self.members {
            check_day(*day)?;
            check_answers(answers, instrument)?;
        }
        Ok(())
    }
}

fn check_size(members: usize) -> Result<(), ShareError> {
    if !TEAM_MEMBERS.contains(&members) {
        return Err(ShareError::TeamSize { found: members });
    }
    Ok(())
}

/// The link text (base64url, no padding) of a team bundle, answers read through `instrument`'s
/// questions. When [`TeamBundle::check`] passes, [`decode_team`] gives the bundle back;
/// otherwise the link is refused when read.
pub fn encode_team(team: &TeamBundle, instrument: &Instrument) -> String {
    let mut out = Writer::new(TEAM_FORMAT);
    out.instrument(&team.instrument_id, team.instrument_version);
    out.number(u32::try_from(team.members.len()).unwrap_or(u32::MAX));
    for (day, answers) in &team.members {
        out.number(*day);
        out.answers(answers, instrument);
    }
    out.finish()
}

/// Reads a team link's text. Any `Ok` names this instrument and version and holds 2 to 30
/// members, each answering every question with one of its options.
pub fn decode_team(text: &str, instrument: &Instrument) -> Result<TeamBundle, ShareError> {
    let payload = wire::open(text, MAX_TEAM_CHARS, TEAM_FORMAT)?;
    let mut fields = Reader::new(&payload);
    fields.instrument(instrument)?;
    let count = fields.number()? as usize;
    check_size(count)?;
    let mut members = Vec::with_capacity(count);
    for _ in 0..count {
        let day = fields.day()?;
        members.push((day, fields.answers(instrument)?));
    }
    fields.end()?;
    Ok(TeamBundle::new(instrument, members))
}
