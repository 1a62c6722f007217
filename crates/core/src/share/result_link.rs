//! One finished result as a link: [`encode`] and [`decode`].
//!
//! Layout (before base64url): format byte [`RESULT_FORMAT`], instrument id (length-prefixed),
//! version, finish day, tag, one 4-bit answer per question in questionnaire order, CRC-32. For
//! the shipped instrument that is 32 or 33 bytes, 43 or 44 characters of text.
//!
//! The tag tells apart two people who gave the very same answers on the same day, so that a
//! team view counts them both; the same result shared twice keeps its tag and counts once.
//! Links of the first layout, [`RESULT_FORMAT_UNTAGGED`] (no tag), are still read, with tag 0.

use super::error::ShareError;
use super::wire::{self, Reader, Writer};
use crate::answers::Answers;
use crate::history::HistoryEntry;
use crate::instrument::Instrument;

/// The format byte of a result link.
pub const RESULT_FORMAT: u8 = 4;
/// The format byte of the first result links, which had no tag; still read.
pub const RESULT_FORMAT_UNTAGGED: u8 = 1;
/// Longer text is refused before decoding: the longest a result link can be (123 characters).
pub const MAX_RESULT_CHARS: usize = wire::text_len(
    1 + wire::MAX_INSTRUMENT_LEN + wire::MAX_DAY_LEN + wire::MAX_TAG_LEN + wire::MAX_ANSWERS_LEN + wire::CHECKSUM_LEN,
);
/// The last finish day a link may carry: 9999-12-31, in days since 1970-01-01.
pub const MAX_DAY: u32 = 2_932_896;

const MILLIS_PER_DAY: u64 = 86_400_000;

/// A finished result as shared: which questionnaire, when, and every answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedResult {
    pub instrument_id: String,
    pub instrument_version: u32,
    /// Days since 1970-01-01 (UTC), at most [`MAX_DAY`].
    pub finished_on: u32,
    /// Tells this result from another with the same answers and day (see [`tag_of`]); 0 when
    /// the link had none.
    pub tag: u16,
    pub answers: Answers,
}

/// The tag of a result kept in history, from its id (the moment it was finished, in ms): the
/// same result always gets the same tag, and two people's results almost never share one.
pub fn tag_of(id: u64) -> u16 {
    let folded = id ^ (id >> 16) ^ (id >> 32) ^ (id >> 48);
    (folded & 0xFFFF) as u16
}

impl SharedResult {
    /// A result of this instrument (its id and current version), with tag 0.
    pub fn new(instrument: &Instrument, finished_on: u32, answers: Answers) -> Self {
        Self {
            instrument_id: instrument.id.clone(),
            instrument_version: instrument.version,
            finished_on,
            tag: 0,
            answers,
        }
    }

    /// The same result with this tag.
    pub fn tagged(self, tag: u16) -> Self {
        Self { tag, ..self }
    }

    /// A result kept in history, which is always of `instrument` (history is kept per instrument)
    /// but may be of an older version of it.
    pub fn from_history(instrument: &Instrument, entry: &HistoryEntry) -> Self {
        Self {
            instrument_id: instrument.id.clone(),
            instrument_version: entry.instrument_version,
            finished_on: day_from_millis(entry.finished_at),
            tag: tag_of(entry.id),
            answers: entry.answers.clone(),
        }
    }

    /// Whether the result is one [`decode`] would give back: this instrument and version, a day
    /// up to [`MAX_DAY`], and an option of each question chosen. Answers to questions the
    /// instrument doesn't have are not part of a link and are ignored here.
    pub fn check(&self, instrument: &Instrument) -> Result<(), ShareError> {
        check_instrument(&self.instrument_id, self.instrument_version, instrument)?;
        check_day(self.finished_on)?;
        check_answers(&self.answers, instrument)
    }
}

/// The day (since 1970-01-01, UTC) of a time in milliseconds since the epoch, at most [`MAX_DAY`].
pub fn day_from_millis(millis: u64) -> u32 {
    u32::try_from(millis / MILLIS_PER_DAY).unwrap_or(u32::MAX).min(MAX_DAY)
}

/// The link text (base64url, no padding) of a result. The answers are read through
/// `instrument`'s questions; the id and version written are the result's own. When
/// [`SharedResult::check`] passes, [`decode`] gives the result back; otherwise the link is
/// refused when read (a missing answer, for instance, is written as "unanswered").
pub fn encode(result: &SharedResult, instrument: &Instrument) -> String {
    let mut out = Writer::new(RESULT_FORMAT);
    out.instrument(&result.instrument_id, result.instrument_version);
    out.number(result.finished_on);
    out.number(u32::from(result.tag));
    out.answers(&result.answers, instrument);
    out.finish()
}

/// Reads a result link's text. Any `Ok` names this instrument and version and answers every
/// question with one of its options.
pub fn decode(text: &str, instrument: &Instrument) -> Result<SharedResult, ShareError> {
    let (format, payload) = wire::open(text, MAX_RESULT_CHARS, &[RESULT_FORMAT, RESULT_FORMAT_UNTAGGED])?;
    let mut fields = Reader::new(&payload);
    fields.instrument(instrument)?;
    let finished_on = fields.day()?;
    let tag = if format == RESULT_FORMAT { fields.tag()? } else { 0 };
    let answers = fields.answers(instrument)?;
    fields.end()?;
    Ok(SharedResult::new(instrument, finished_on, answers).tagged(tag))
}

pub(crate) fn check_instrument(id: &str, version: u32, instrument: &Instrument) -> Result<(), ShareError> {
    if id != instrument.id {
        return Err(ShareError::ForeignInstrument { found: id.to_owned() });
    }
    if version != instrument.version {
        return Err(ShareError::VersionMismatch { found: version, expected: instrument.version });
    }
    Ok(())
}

pub(crate) fn check_day(day: u32) -> Result<(), ShareError> {
    if day > MAX_DAY {
        return Err(ShareError::BadDay);
    }
    Ok(())
}

/// Every question answered with one of its options (and one a link can hold: the first 15).
pub(crate) fn check_answers(answers: &Answers, instrument: &Instrument) -> Result<(), ShareError> {
    for placed in instrument.questions() {
        let question = placed.index;
        let chosen = answers.get(&placed.question.id).ok_or(ShareError::Incomplete { question })?;
        match placed.question.options.iter().position(|o| o.id == chosen) {
            Some(i) if i < 15 => {}
            _ => return Err(ShareError::BadAnswer { question }),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_from_the_epoch_and_capped() {
        assert_eq!(day_from_millis(0), 0);
        assert_eq!(day_from_millis(MILLIS_PER_DAY - 1), 0);
        assert_eq!(day_from_millis(MILLIS_PER_DAY), 1);
        // 2024-02-29T12:00:00Z
        assert_eq!(day_from_millis(1_709_208_000_000), 19_782);
        assert_eq!(day_from_millis(u64::MAX), MAX_DAY);
    }
}
