//! The byte layout every link shares: a format byte, fields, a CRC-32, all in base64url.
//!
//! Numbers are unsigned LEB128 (7 bits a byte, low first, written in the fewest bytes); byte
//! strings carry their length as such a number first; answers are one 4-bit number per question,
//! two a byte, high half first (0 = unanswered, n = the n-th option). The CRC-32 (ISO-HDLC, the
//! common "crc32") covers every byte before it and is written little-endian. One concrete
//! writer and reader, no generics, no serde: this code ends up in the wasm bundle.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use crc::{Crc, NoTable, CRC_32_ISO_HDLC};

use super::error::ShareError;
use super::result_link::MAX_DAY;
use crate::answers::Answers;
use crate::instrument::{Instrument, QUESTIONS};

/// Bitwise CRC-32: no lookup table in the binary, and links are short.
const CRC32: Crc<u32, NoTable> = Crc::<u32, NoTable>::new(&CRC_32_ISO_HDLC);
/// Bytes of the checksum.
pub(crate) const CHECKSUM_LEN: usize = 4;
/// Longest instrument id a link may name; ids are short slugs.
pub(crate) const MAX_ID_LEN: usize = 64;
/// Most bytes a number takes.
pub(crate) const MAX_NUMBER_LEN: usize = 5;
/// Most bytes the instrument part takes: the id with its length, then the version.
pub(crate) const MAX_INSTRUMENT_LEN: usize = 1 + MAX_ID_LEN + MAX_NUMBER_LEN;
/// Most bytes a finish day takes ([`MAX_DAY`] needs 22 bits).
pub(crate) const MAX_DAY_LEN: usize = 4;
/// Most bytes a result's tag takes (16 bits).
pub(crate) const MAX_TAG_LEN: usize = 3;
/// Most bytes one set of answers takes, for the largest questionnaire allowed.
pub(crate) const MAX_ANSWERS_LEN: usize = QUESTIONS.end().div_ceil(2);

/// Builds a link's bytes, then its text.
pub(crate) struct Writer(Vec<u8>);

impl Writer {
    pub(crate) fn new(format: u8) -> Self {
        let mut bytes = Vec::with_capacity(64);
        bytes.push(format);
        Self(bytes)
    }

    pub(crate) fn number(&mut self, mut n: u32) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    /// Length-prefixed bytes. Lengths beyond `u32` can't occur: callers cap their text first.
    pub(crate) fn bytes(&mut self, bytes: &[u8]) {
        self.number(u32::try_from(bytes.len()).unwrap_or(u32::MAX));
        self.0.extend_from_slice(bytes);
    }

    /// Which instrument the answers belong to.
    pub(crate) fn instrument(&mut self, id: &str, version: u32) {
        self.bytes(id.as_bytes());
        self.number(version);
    }

    /// One 4-bit number per question of `instrument`, in order. A missing or unknown answer
    /// is written as 0, which no reader accepts.
    pub(crate) fn answers(&mut self, answers: &Answers, instrument: &Instrument) {
        let mut high: Option<u8> = None;
        for placed in instrument.questions() {
            let options = &placed.question.options;
            let chosen = answers.get(&placed.question.id).and_then(|id| options.iter().position(|o| o.id == id));
            let nibble = match chosen {
                Some(i) if i < 15 => i as u8 + 1,
                _ => 0,
            };
            match high.take() {
                None => high = Some(nibble << 4),
                Some(h) => self.0.push(h | nibble),
            }
        }
        if let Some(h) = high {
            self.0.push(h);
        }
    }

    /// Appends the checksum and returns the base64url text (no padding).
    pub(crate) fn finish(mut self) -> String {
        let checksum = CRC32.checksum(&self.0);
        self.0.extend_from_slice(&checksum.to_le_bytes());
        URL_SAFE_NO_PAD.encode(&self.0)
    }
}

/// The format byte (one of `formats`) and checked payload of a link's text: the bytes between
/// the format byte and the checksum.
///
/// Checks, in order: empty, too long (before any decoding), base64url, checksum, format. The
/// checksum comes before the format so that a damaged format byte reads as damage.
pub(crate) fn open(text: &str, max_chars: usize, formats: &[u8]) -> Result<(u8, Vec<u8>), ShareError> {
    if text.is_empty() {
        return Err(ShareError::Empty);
    }
    if text.len() > max_chars {
        return Err(ShareError::TooLong);
    }
    let mut bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| ShareError::NotBase64)?;
    let Some(body_len) = bytes.len().checked_sub(CHECKSUM_LEN).filter(|&n| n > 0) else {
        return Err(ShareError::Truncated);
    };
    let (body, checksum) = bytes.split_at(body_len);
    let written = u32::from_le_bytes([checksum[0], checksum[1], checksum[2], checksum[3]]);
    if CRC32.checksum(body) != written {
        return Err(ShareError::ChecksumMismatch);
    }
    let format = body[0];
    if !formats.contains(&format) {
        return Err(ShareError::UnknownFormat(format));
    }
    bytes.truncate(body_len);
    bytes.remove(0);
    Ok((format, bytes))
}

/// Reads a payload field by field; running out is [`ShareError::Truncated`].
pub(crate) struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(payload: &'a [u8]) -> Self {
        Self { rest: payload }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ShareError> {
        if n > self.rest.len() {
            return Err(ShareError::Truncated);
        }
        let (taken, rest) = self.rest.split_at(n);
        self.rest = rest;
        Ok(taken)
    }

    /// A LEB128 number; one written in more bytes than needed, or past `u32`, is malformed.
    pub(crate) fn number(&mut self) -> Result<u32, ShareError> {
        let mut value: u32 = 0;
        for shift in [0, 7, 14, 21, 28] {
            let byte = self.take(1)?[0];
            let bits = u32::from(byte & 0x7F);
            if shift == 28 && bits > 0x0F {
                return Err(ShareError::Malformed);
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                if byte == 0 && shift > 0 {
                    return Err(ShareError::Malformed);
                }
                return Ok(value);
            }
        }
        Err(ShareError::Malformed)
    }

    pub(crate) fn bytes(&mut self) -> Result<&'a [u8], ShareError> {
        let len = self.number()? as usize;
        self.take(len)
    }

    /// The instrument id and version, which must be this instrument's.
    pub(crate) fn instrument(&mut self, instrument: &Instrument) -> Result<(), ShareError> {
        let id = self.bytes()?;
        let plain = !id.is_empty()
            && id.len() <= MAX_ID_LEN
            && id.iter().all(|&b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !plain {
            return Err(ShareError::Malformed);
        }
        if id != instrument.id.as_bytes() {
            // Plain ASCII, checked just above.
            return Err(ShareError::ForeignInstrument { found: String::from_utf8_lossy(id).into_owned() });
        }
        let version = self.number()?;
        if version != instrument.version {
            return Err(ShareError::VersionMismatch { found: version, expected: instrument.version });
        }
        Ok(())
    }

    /// A finish day, days since 1970-01-01, at most [`MAX_DAY`].
    pub(crate) fn day(&mut self) -> Result<u32, ShareError> {
        let day = self.number()?;
        if day > MAX_DAY {
            return Err(ShareError::BadDay);
        }
        Ok(day)
    }

    /// A result's tag, 16 bits.
    pub(crate) fn tag(&mut self) -> Result<u16, ShareError> {
        u16::try_from(self.number()?).map_err(|_| ShareError::Malformed)
    }

    /// A complete set of answers to `instrument`, each naming one of its question's options.
    pub(crate) fn answers(&mut self, instrument: &Instrument) -> Result<Answers, ShareError> {
        let count = instrument.question_count();
        let packed = self.take(count.div_ceil(2))?;
        let mut answers = Answers::new();
        for placed in instrument.questions() {
            let byte = packed[placed.index / 2];
            let nibble = if placed.index % 2 == 0 { byte >> 4 } else { byte & 0x0F };
            let question = placed.index;
            let Some(at) = usize::from(nibble).checked_sub(1) else {
                return Err(ShareError::Incomplete { question });
            };
            let choice = placed.question.options.get(at).ok_or(ShareError::BadAnswer { question })?;
            answers.set(&placed.question.id, &choice.id);
        }
        if count % 2 == 1 && packed[count / 2] & 0x0F != 0 {
            return Err(ShareError::Malformed);
        }
        Ok(answers)
    }

    /// Nothing may follow the last field.
    pub(crate) fn end(&self) -> Result<(), ShareError> {
        if self.rest.is_empty() {
            Ok(())
        } else {
            Err(ShareError::Malformed)
        }
    }
}

/// The longest base64url text (no padding) for `bytes` bytes.
/// Most bytes a length-prefixed text of at most `chars` characters takes (four bytes a
/// character; lengths below 16384 bytes take two bytes).
pub(crate) const fn max_text_len(chars: usize) -> usize {
    2 + 4 * chars
}

pub(crate) const fn text_len(bytes: usize) -> usize {
    (bytes * 4).div_ceil(3)
}
