//! Any text given to the share-link decoders is refused or read as a valid, complete value; none
//! of them panics.
//!
//! Each input is tried twice: as text (read lossily, as a URL fragment might be), and as a link's
//! bytes sealed with a good checksum, so that the field readers behind the checksum are reached
//! too (random text almost never passes a CRC-32).
#![no_main]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use context_check::core::instrument::Instrument;
use context_check::core::share::{decode, decode_coach, decode_team, MAX_MESSAGE_CHARS, MAX_NAME_CHARS};
use context_check::shipped::Shipped;
use libfuzzer_sys::fuzz_target;

const CRC32: crc::Crc<u32, crc::NoTable> = crc::Crc::<u32, crc::NoTable>::new(&crc::CRC_32_ISO_HDLC);

fuzz_target!(|data: &[u8]| {
    read_all(&String::from_utf8_lossy(data));

    let mut sealed = data.to_vec();
    sealed.extend_from_slice(&CRC32.checksum(data).to_le_bytes());
    read_all(&URL_SAFE_NO_PAD.encode(sealed));
});

fn read_all(text: &str) {
    let instrument = Instrument::shipped().expect("the shipped instrument is valid");

    if let Ok(result) = decode(text, instrument) {
        assert_eq!(result.check(instrument), Ok(()));
        assert_eq!(result.answers.len(), instrument.question_count());
    }
    if let Ok(team) = decode_team(text, instrument) {
        assert_eq!(team.check(instrument), Ok(()));
        assert!(team.members.iter().all(|m| m.answers.len() == instrument.question_count()));
    }
    if let Ok(invite) = decode_coach(text) {
        assert_eq!(invite.sanitised(), invite);
        assert!(!invite.coach.is_empty() && invite.coach.chars().count() <= MAX_NAME_CHARS);
        assert!(invite.message.chars().count() <= MAX_MESSAGE_CHARS);
        assert!(invite.team.as_ref().is_none_or(|t| !t.is_empty() && t.chars().count() <= MAX_NAME_CHARS));
    }
}
