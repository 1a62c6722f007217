//! Several results of one questionnaire in one link, for a team view: [`encode_team`] and
//! [`decode_team`].
//!
//! Layout (before base64url): format byte [`TEAM_FORMAT`], instrument id (length-prefixed),
//! version, member count, then per member its finish day, its tag and one 4-bit answer per
//! question, CRC-32. For the shipped instrument a member takes 13 or 14 bytes: 30 members fit
//! in about 580 characters. Links of the first layout, [`TEAM_FORMAT_UNTAGGED`] (no tags), are
//! still read, with tag 0.

use std::ops::RangeInclusive;

use super::error::ShareError;
use super::result_link::{check_answers, check_day, check_instrument};
use super::wire::{self, Reader, Writer};
use crate::answers::Answers;
use crate::instrument::Instrument;

/// The format byte of a team link.
pub const TEAM_FORMAT: u8 = 5;
/// The format byte of the first team links, which had no tags; still read.
pub const TEAM_FORMAT_UNTAGGED: u8 = 2;
/// How many results a team link holds.
pub const TEAM_MEMBERS: RangeInclusive<usize> = 2..=30;
/// Longer text is refused before decoding: the longest a team link can be (742 characters).
pub const MAX_TEAM_CHARS: usize = wire::text_len(
    1 + wire::MAX_INSTRUMENT_LEN
        + 1
        + *TEAM_MEMBERS.end() * (wire::MAX_DAY_LEN + wire::MAX_TAG_LEN + wire::MAX_ANSWERS_LEN)
        + wire::CHECKSUM_LEN,
);

/// One finished result in a team: when it was taken, its tag (see `result_link::tag_of`) and
/// its answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    /// Days since 1970-01-01.
    pub finished_on: u32,
    pub tag: u16,
    pub answers: Answers,
}

/// Finished results of one questionnaire and version, as a team shares them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamBundle {
    pub instrument_id: String,
    pub instrument_version: u32,
    /// The members, in the order given.
    pub members: Vec<TeamMember>,
}

impl TeamBundle {
    /// A bundle of this instrument (its id and current version).
    pub fn new(instrument: &Instrument, members: Vec<TeamMember>) -> Self {
        Self { instrument_id: instrument.id.clone(), instrument_version: instrument.version, members }
    }

    /// Whether the bundle is one [`decode_team`] would give back: this instrument and version,
    /// 2 to 30 members, each with a day up to the last allowed and every question answered.
    pub fn check(&self, instrument: &Instrument) -> Result<(), ShareError> {
        check_instrument(&self.instrument_id, self.instrument_version, instrument)?;
        check_size(self.members.len())?;
        for member in &self.members {
            check_day(member.finished_on)?;
            check_answers(&member.answers, instrument)?;
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
    for member in &team.members {
        out.number(member.finished_on);
        out.number(u32::from(member.tag));
        out.answers(&member.answers, instrument);
    }
    out.finish()
}

/// Reads a team link's text. Any `Ok` names this instrument and version and holds 2 to 30
/// members, each answering every question with one of its options.
pub fn decode_team(text: &str, instrument: &Instrument) -> Result<TeamBundle, ShareError> {
    let (format, payload) = wire::open(text, MAX_TEAM_CHARS, &[TEAM_FORMAT, TEAM_FORMAT_UNTAGGED])?;
    let mut fields = Reader::new(&payload);
    fields.instrument(instrument)?;
    let count = fields.number()? as usize;
    check_size(count)?;
    let mut members = Vec::with_capacity(count);
    for _ in 0..count {
        let finished_on = fields.day()?;
        let tag = if format == TEAM_FORMAT { fields.tag()? } else { 0 };
        members.push(TeamMember { finished_on, tag, answers: fields.answers(instrument)? });
    }
    fields.end()?;
    Ok(TeamBundle::new(instrument, members))
}
