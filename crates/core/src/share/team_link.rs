//! Several results of one questionnaire in one link, for a team view: [`encode_team`] and
//! [`decode_team`].
//!
//! Layout (before base64url): format byte [`TEAM_FORMAT`], instrument id (length-prefixed),
//! version, the team's label, what the team decided and the day to look again (0 for none),
//! member count, then per member its finish day, its tag, its name and one 4-bit answer per
//! question, CRC-32. Text is length-prefixed UTF-8, empty for none, and sanitised when written
//! and when read. For the shipped instrument an unnamed member takes 14 or 15 bytes: 30 of them
//! fit in about 600 characters. Links of the earlier layouts are still read: [`TEAM_FORMAT_UNNAMED`]
//! (no label, decision or names) and [`TEAM_FORMAT_UNTAGGED`] (no tags either, read with tag 0).

use std::ops::RangeInclusive;

use super::coach::MAX_NAME_CHARS;
use super::error::ShareError;
use super::result_link::{check_answers, check_day, check_instrument};
use super::sanitise;
use super::wire::{self, Reader, Writer};
use crate::answers::Answers;
use crate::instrument::Instrument;

/// The format byte of a team link.
pub const TEAM_FORMAT: u8 = 6;
/// The format byte of team links with tags but no label, decision or names; still read.
pub const TEAM_FORMAT_UNNAMED: u8 = 5;
/// The format byte of the first team links, which had no tags; still read.
pub const TEAM_FORMAT_UNTAGGED: u8 = 2;
/// How many results a team link holds.
pub const TEAM_MEMBERS: RangeInclusive<usize> = 2..=30;
/// Longest person's name in a team, in characters, "…" included.
pub const MAX_PERSON_CHARS: usize = 40;
/// Longest record of what the team decided, in characters, "…" included.
pub const MAX_DECISION_CHARS: usize = 280;
/// Longer text is refused before decoding: the longest a team link can be, when every name is
/// as long as it may be and every character takes four bytes.
pub const MAX_TEAM_CHARS: usize = wire::text_len(
    1 + wire::MAX_INSTRUMENT_LEN
        + wire::max_text_len(MAX_NAME_CHARS)
        + wire::max_text_len(MAX_DECISION_CHARS)
        + wire::MAX_DAY_LEN
        + 1
        + *TEAM_MEMBERS.end()
            * (wire::MAX_DAY_LEN + wire::MAX_TAG_LEN + wire::max_text_len(MAX_PERSON_CHARS) + wire::MAX_ANSWERS_LEN)
        + wire::CHECKSUM_LEN,
);

/// One finished result in a team: when it was taken, its tag (see `result_link::tag_of`) and
/// its answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    /// Days since 1970-01-01.
    pub finished_on: u32,
    pub tag: u16,
    /// Who this is, as the coach labelled them: one line, at most [`MAX_PERSON_CHARS`]; `None`
    /// for an unnamed person.
    pub name: Option<String>,
    pub answers: Answers,
}

impl TeamMember {
    /// Whether two members are the same result, whatever they are called.
    pub fn same_result(&self, other: &Self) -> bool {
        self.finished_on == other.finished_on && self.tag == other.tag && self.answers == other.answers
    }
}

/// What the team decided to try, and when to look again.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decision {
    /// The move, in the coach's words: lines, at most [`MAX_DECISION_CHARS`].
    pub text: String,
    /// The day to look again, days since 1970-01-01.
    pub look_again_on: Option<u32>,
}

/// Finished results of one questionnaire and version, as a team shares them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamBundle {
    pub instrument_id: String,
    pub instrument_version: u32,
    /// The team's name: one line, at most [`MAX_NAME_CHARS`].
    pub label: Option<String>,
    pub decision: Option<Decision>,
    /// The members, in the order given.
    pub members: Vec<TeamMember>,
}

/// Sanitised, and `None` when nothing is left.
fn one_line(text: Option<&str>, max: usize) -> Option<String> {
    text.map(|t| sanitise::one_line(t, max)).filter(|t| !t.is_empty())
}

impl TeamBundle {
    /// A bundle of this instrument (its id and current version), with no label or decision.
    pub fn new(instrument: &Instrument, members: Vec<TeamMember>) -> Self {
        Self {
            instrument_id: instrument.id.clone(),
            instrument_version: instrument.version,
            label: None,
            decision: None,
            members,
        }
    }

    /// The bundle as it is shown and shared: every text sanitised and bounded, and empty text
    /// (or a decision with neither text nor day) taken as none. Sanitising twice changes nothing.
    pub fn sanitised(&self) -> Self {
        let decision = self.decision.as_ref().and_then(|d| {
            let text = sanitise::lines(&d.text, MAX_DECISION_CHARS);
            (!text.is_empty() || d.look_again_on.is_some()).then_some(Decision { text, look_again_on: d.look_again_on })
        });
        Self {
            instrument_id: self.instrument_id.clone(),
            instrument_version: self.instrument_version,
            label: one_line(self.label.as_deref(), MAX_NAME_CHARS),
            decision,
            members: self
                .members
                .iter()
                .map(|m| TeamMember { name: one_line(m.name.as_deref(), MAX_PERSON_CHARS), ..m.clone() })
                .collect(),
        }
    }

    /// Whether the bundle is one [`decode_team`] would give back: this instrument and version,
    /// 2 to 30 members, each with a day up to the last allowed and every question answered.
    pub fn check(&self, instrument: &Instrument) -> Result<(), ShareError> {
        check_instrument(&self.instrument_id, self.instrument_version, instrument)?;
        check_size(self.members.len())?;
        if let Some(day) = self.decision.as_ref().and_then(|d| d.look_again_on) {
            check_day(day)?;
        }
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

fn text_of(text: Option<&str>) -> &[u8] {
    text.unwrap_or_default().as_bytes()
}

/// The link text (base64url, no padding) of a team bundle, sanitised first, answers read
/// through `instrument`'s questions. When [`TeamBundle::check`] passes, [`decode_team`] gives
/// the sanitised bundle back; otherwise the link is refused when read.
pub fn encode_team(team: &TeamBundle, instrument: &Instrument) -> String {
    let team = team.sanitised();
    let mut out = Writer::new(TEAM_FORMAT);
    out.instrument(&team.instrument_id, team.instrument_version);
    out.bytes(text_of(team.label.as_deref()));
    out.bytes(text_of(team.decision.as_ref().map(|d| d.text.as_str())));
    out.number(team.decision.as_ref().and_then(|d| d.look_again_on).unwrap_or(0));
    out.number(u32::try_from(team.members.len()).unwrap_or(u32::MAX));
    for member in &team.members {
        out.number(member.finished_on);
        out.number(u32::from(member.tag));
        out.bytes(text_of(member.name.as_deref()));
        out.answers(&member.answers, instrument);
    }
    out.finish()
}

fn utf8(bytes: &[u8]) -> Result<&str, ShareError> {
    std::str::from_utf8(bytes).map_err(|_| ShareError::Malformed)
}

/// Reads a team link's text. Any `Ok` names this instrument and version, is sanitised, and
/// holds 2 to 30 members, each answering every question with one of its options.
pub fn decode_team(text: &str, instrument: &Instrument) -> Result<TeamBundle, ShareError> {
    let (format, payload) =
        wire::open(text, MAX_TEAM_CHARS, &[TEAM_FORMAT, TEAM_FORMAT_UNNAMED, TEAM_FORMAT_UNTAGGED])?;
    let mut fields = Reader::new(&payload);
    fields.instrument(instrument)?;
    let mut team = TeamBundle::new(instrument, Vec::new());
    if format == TEAM_FORMAT {
        team.label = Some(utf8(fields.bytes()?)?.to_owned());
        let text = utf8(fields.bytes()?)?.to_owned();
        let look_again_on = Some(fields.day()?).filter(|&day| day > 0);
        team.decision = Some(Decision { text, look_again_on });
    }
    let count = fields.number()? as usize;
    check_size(count)?;
    team.members.reserve(count);
    for _ in 0..count {
        let finished_on = fields.day()?;
        let tag = if format == TEAM_FORMAT_UNTAGGED { 0 } else { fields.tag()? };
        let name = if format == TEAM_FORMAT { Some(utf8(fields.bytes()?)?.to_owned()) } else { None };
        team.members.push(TeamMember { finished_on, tag, name, answers: fields.answers(instrument)? });
    }
    fields.end()?;
    Ok(team.sanitised())
}
