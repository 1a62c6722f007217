#![cfg(not(target_arch = "wasm32"))]
//! Share links: results, team bundles and coach invites survive their links, damaged or crafted
//! links are refused with a reason, and the URL fragment helpers leave the host page's pieces be.

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use common::{complete, complete_answers, instrument};
use context_check::core::answers::Answers;
use context_check::core::history::HistoryEntry;
use context_check::core::share::{
    self, decode, decode_coach, decode_team, encode, encode_coach, encode_team, CoachInvite, Decision, ShareError,
    SharedResult, TeamBundle, TeamMember, COACH_KEY, MAX_COACH_CHARS, MAX_DAY, MAX_RESULT_CHARS, MAX_TEAM_CHARS,
    RESULT_KEY, TEAM_KEY,
};
use proptest::prelude::*;

/// Result links are refused well before 600 characters.
const _: () = assert!(MAX_RESULT_CHARS <= 600);

/// 2025-08-13, days since 1970-01-01.
const A_DAY: u32 = 20_313;

fn startup_result() -> SharedResult {
    SharedResult::new(instrument(), A_DAY, complete(common::STARTUP_GROWING_FAST))
}

/// Each question answered with its `k`-th option, counting round.
fn rotated_answers(k: usize) -> Answers {
    let instrument = instrument();
    let picks = instrument.questions().map(|p| (p.index, (p.index + k) % p.question.options.len()));
    Answers::from_indices(instrument, picks)
}

fn member(finished_on: u32, tag: u16, answers: Answers) -> TeamMember {
    TeamMember { finished_on, tag, name: None, answers }
}

/// `size` members with tags that take three bytes, the most a tag takes.
fn team_of(size: usize) -> TeamBundle {
    let members = (0..size).map(|k| member(A_DAY + k as u32, u16::MAX - k as u16, rotated_answers(k))).collect();
    TeamBundle::new(instrument(), members)
}

fn an_invite() -> CoachInvite {
    CoachInvite {
        coach: "Ada Lovelace".into(),
        message: "Hi team,\nplease take five minutes before Friday.".into(),
        team: Some("Payments".into()),
        reply_to: None,
    }
}

/// Bytes sealed as a link is: CRC-32 (ISO-HDLC) appended little-endian, then base64url. Lets a
/// test craft links whose checksum is right but whose content is not.
fn seal(bytes: &[u8]) -> String {
    const CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);
    let mut sealed = bytes.to_vec();
    sealed.extend_from_slice(&CRC32.checksum(bytes).to_le_bytes());
    URL_SAFE_NO_PAD.encode(sealed)
}

/// The bytes of a link before its checksum.
fn unsealed(text: &str) -> Vec<u8> {
    let mut bytes = URL_SAFE_NO_PAD.decode(text).expect("base64url");
    bytes.truncate(bytes.len() - 4);
    bytes
}

fn assert_valid_result(result: &SharedResult) {
    let instrument = instrument();
    assert_eq!(result.check(instrument), Ok(()));
    assert_eq!(result.answers.len(), instrument.question_count());
    assert!(result.answers.is_complete(instrument));
}

fn assert_valid_team(team: &TeamBundle) {
    assert_eq!(team.check(instrument()), Ok(()));
    for member in &team.members {
        assert_eq!(member.answers.len(), instrument().question_count());
    }
}

fn assert_valid_invite(invite: &CoachInvite) {
    assert_eq!(&invite.sanitised(), invite, "a decoded invite is already sanitised");
    assert!(!invite.coach.is_empty());
}

/// Every text one character away from `text`: each character changed to each base64url
/// character and a few others, each one removed, and one added at each place.
fn one_character_away(text: &str) -> Vec<String> {
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ .é".chars().collect();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for at in 0..chars.len() {
        for &c in &alphabet {
            if c != chars[at] {
                let mut changed = chars.clone();
                changed[at] = c;
                out.push(changed.into_iter().collect());
            }
        }
        let mut removed = chars.clone();
        removed.remove(at);
        out.push(removed.into_iter().collect());
    }
    for at in 0..=chars.len() {
        for c in ['A', '_', '='] {
            let mut added = chars.clone();
            added.insert(at, c);
            out.push(added.into_iter().collect());
        }
    }
    out
}

/// Every byte sequence one bit away from the link's bytes, re-encoded without fixing the checksum.
fn one_bit_away(text: &str) -> Vec<String> {
    let bytes = URL_SAFE_NO_PAD.decode(text).expect("base64url");
    let mut out = Vec::new();
    for at in 0..bytes.len() {
        for bit in 0..8 {
            let mut flipped = bytes.clone();
            flipped[at] ^= 1 << bit;
            out.push(URL_SAFE_NO_PAD.encode(flipped));
        }
    }
    out
}

// --- Results -------------------------------------------------------------------------------

#[test]
fn a_result_survives_a_round_trip_through_its_link() {
    for fixture in [common::STARTUP_GROWING_FAST, common::PROJECT_FACTORY] {
        let result = SharedResult::new(instrument(), A_DAY, complete(fixture));
        assert_eq!(result.check(instrument()), Ok(()));
        let text = encode(&result, instrument());
        assert_eq!(decode(&text, instrument()), Ok(result));
    }
}

#[test]
fn the_shipped_instruments_result_link_is_well_under_eighty_characters() {
    let text = encode(&startup_result(), instrument());
    // Answers take a nibble a question: 17 questions in 9 bytes.
    assert_eq!(instrument().question_count().div_ceil(2), 9);
    assert_eq!(text.len(), 43, "format 1 + id 13 + version 1 + day 3 + tag 1 + answers 9 + crc 4 = 32 bytes");
    let tagged = encode(&startup_result().tagged(u16::MAX), instrument());
    assert_eq!(tagged.len(), 46, "the largest tag takes 3 bytes: 34 bytes");
    let fragment = format!("#{RESULT_KEY}={text}");
    assert!(fragment.len() < 80, "{} characters: {fragment}", fragment.len());
    let link = format!("https://intranet.example.com/teams/platform/health-checks/context-check{fragment}");
    assert!(link.len() < 200, "{} characters: {link}", link.len());
    assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{text}");
}

#[test]
fn a_result_kept_in_history_is_shared_with_its_day_and_version() {
    let entry = HistoryEntry {
        id: 1_755_086_400_000,
        finished_at: 1_755_086_400_000,
        instrument_version: instrument().version,
        answers: complete(common::PROJECT_FACTORY),
        profile: "projects".into(),
        scores: Default::default(),
    };
    let result = SharedResult::from_history(instrument(), &entry);
    assert_eq!(result.finished_on, A_DAY);
    assert_eq!(result.tag, share::tag_of(entry.id));
    let next = HistoryEntry { id: entry.id + 1, ..entry.clone() };
    assert_ne!(SharedResult::from_history(instrument(), &next).tag, result.tag, "another result, another tag");
    assert_eq!(result.instrument_id, instrument().id);
    assert_eq!(decode(&encode(&result, instrument()), instrument()), Ok(result));
}

#[test]
fn every_truncation_of_a_result_link_is_refused() {
    let text = encode(&startup_result(), instrument());
    for len in 0..text.len() {
        let cut = &text[..len];
        assert!(decode(cut, instrument()).is_err(), "{cut:?} was read");
    }
    assert_eq!(decode("", instrument()), Err(ShareError::Empty));
}

#[test]
fn every_one_character_change_to_a_result_link_is_refused_or_reads_as_a_complete_result() {
    let text = encode(&startup_result(), instrument());
    let mut refused = 0;
    for changed in one_character_away(&text).into_iter().chain(one_bit_away(&text)) {
        match decode(&changed, instrument()) {
            Ok(result) => assert_valid_result(&result),
            Err(_) => refused += 1,
        }
    }
    assert!(refused > 0);
}

#[test]
fn a_link_for_another_questionnaire_is_refused_as_foreign() {
    let mut result = startup_result();
    result.instrument_id = "other-check".into();
    let text = encode(&result, instrument());
    assert_eq!(decode(&text, instrument()), Err(ShareError::ForeignInstrument { found: "other-check".into() }));
    assert_eq!(result.check(instrument()), Err(ShareError::ForeignInstrument { found: "other-check".into() }));
}

#[test]
fn a_link_for_another_version_is_refused_as_a_version_mismatch() {
    let expected = instrument().version;
    for found in [expected + 1, expected.wrapping_sub(1), 300, u32::MAX] {
        let mut result = startup_result();
        result.instrument_version = found;
        let text = encode(&result, instrument());
        assert_eq!(decode(&text, instrument()), Err(ShareError::VersionMismatch { found, expected }));
    }
}

#[test]
fn over_long_text_is_refused_before_it_is_decoded() {
    let text = encode(&startup_result(), instrument());
    let padded = text.repeat(MAX_RESULT_CHARS / text.len() + 1);
    assert_eq!(decode(&padded, instrument()), Err(ShareError::TooLong));
    assert_eq!(decode(&"!".repeat(601), instrument()), Err(ShareError::TooLong));
}

#[test]
fn text_that_is_not_base64url_is_refused() {
    for text in ["not a link", "abc+def/", "QUJD====", "<script>", "é"] {
        assert_eq!(decode(text, instrument()), Err(ShareError::NotBase64), "{text}");
    }
}

#[test]
fn a_result_with_an_unanswered_question_does_not_make_a_readable_link() {
    let mut partial = Answers::new();
    for (question, option) in common::STARTUP_GROWING_FAST.iter().filter(|(q, _)| *q != "process") {
        partial.set(question, option);
    }
    let index = instrument().question_by_id("process").expect("question").index;
    let result = SharedResult::new(instrument(), A_DAY, partial);
    assert_eq!(result.check(instrument()), Err(ShareError::Incomplete { question: index }));
    assert_eq!(decode(&encode(&result, instrument()), instrument()), Err(ShareError::Incomplete { question: index }));
}

#[test]
fn an_answer_naming_no_option_is_refused() {
    let mut bytes = unsealed(&encode(&startup_result(), instrument()));
    let answers_at = bytes.len() - instrument().question_count().div_ceil(2);
    bytes[answers_at] = 0xF1; // question 0: option 15, which it doesn't have
    assert_eq!(decode(&seal(&bytes), instrument()), Err(ShareError::BadAnswer { question: 0 }));
    bytes[answers_at] = 0x10; // question 1: unanswered
    assert_eq!(decode(&seal(&bytes), instrument()), Err(ShareError::Incomplete { question: 1 }));
}

#[test]
fn crafted_links_with_a_good_checksum_are_still_checked_field_by_field() {
    let good = unsealed(&encode(&startup_result(), instrument()));
    let id_len = instrument().id.len();

    let mut other_format = good.clone();
    other_format[0] = 9;
    assert_eq!(decode(&seal(&other_format), instrument()), Err(ShareError::UnknownFormat(9)));

    let mut extra = good.clone();
    extra.push(0);
    assert_eq!(decode(&seal(&extra), instrument()), Err(ShareError::Malformed));

    assert_eq!(decode(&seal(&good[..good.len() - 1]), instrument()), Err(ShareError::Truncated));
    assert_eq!(decode(&seal(&good[..1]), instrument()), Err(ShareError::Truncated));
    assert_eq!(decode(&seal(&[]), instrument()), Err(ShareError::Truncated));

    // The version (1) written in two bytes instead of one.
    let mut overlong = good[..2 + id_len].to_vec();
    overlong.extend_from_slice(&[0x81, 0x00]);
    overlong.extend_from_slice(&good[3 + id_len..]);
    assert_eq!(decode(&seal(&overlong), instrument()), Err(ShareError::Malformed));

    // A day after 9999-12-31.
    let mut late = good[..3 + id_len].to_vec();
    late.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0x7F]);
    late.extend_from_slice(&good[6 + id_len..]);
    assert_eq!(decode(&seal(&late), instrument()), Err(ShareError::BadDay));

    // An id that is not a plain id is not echoed back.
    let mut odd_id = good.clone();
    odd_id[2] = b'\xE2';
    assert_eq!(decode(&seal(&odd_id), instrument()), Err(ShareError::Malformed));
}

#[test]
fn a_team_or_invite_link_is_not_read_as_a_result() {
    let team = encode_team(&team_of(2), instrument());
    assert_eq!(decode(&team, instrument()), Err(ShareError::UnknownFormat(share::TEAM_FORMAT)));
    let invite = encode_coach(&an_invite()).expect("invite");
    assert!(invite.len() <= MAX_RESULT_CHARS, "short enough to be looked at");
    assert_eq!(decode(&invite, instrument()), Err(ShareError::UnknownFormat(share::COACH_FORMAT)));
}

#[test]
fn the_last_allowed_day_survives_and_days_after_it_do_not() {
    let mut result = startup_result();
    result.finished_on = MAX_DAY;
    assert_eq!(decode(&encode(&result, instrument()), instrument()), Ok(result.clone()));
    result.finished_on = MAX_DAY + 1;
    assert_eq!(result.check(instrument()), Err(ShareError::BadDay));
    assert_eq!(decode(&encode(&result, instrument()), instrument()), Err(ShareError::BadDay));
    assert_eq!(share::day_from_millis(u64::MAX), MAX_DAY);
}

#[test]
fn links_of_the_first_untagged_layout_are_still_read_with_tag_zero() {
    let result = startup_result();
    let mut bytes = unsealed(&encode(&result.clone().tagged(0), instrument()));
    bytes[0] = share::RESULT_FORMAT_UNTAGGED;
    let tag_at = 1 + 1 + instrument().id.len() + 1 + 3; // format, id, version, day (3 bytes)
    assert_eq!(bytes.remove(tag_at), 0, "the tag sits after the day");
    assert_eq!(decode(&seal(&bytes), instrument()), Ok(result.tagged(0)));

    let team =
        TeamBundle::new(instrument(), vec![member(A_DAY, 0, rotated_answers(0)), member(A_DAY, 0, rotated_answers(1))]);
    let mut bytes = unsealed(&encode_team(&team, instrument()));
    bytes[0] = share::TEAM_FORMAT_UNTAGGED;
    // Today's layout: the instrument, then label, decision and day (one byte each when empty)
    // and the count; per member its day (3 bytes), tag, name (empty) and answers.
    let header = 1 + 1 + instrument().id.len() + 1;
    let first = header + 4 + 3;
    let answer_bytes = instrument().question_count().div_ceil(2);
    let second = first + 2 + answer_bytes + 3;
    for at in [second + 1, second, first + 1, first, header + 2, header + 1, header] {
        bytes.remove(at);
    }
    assert_eq!(decode_team(&seal(&bytes), instrument()), Ok(team));
}

#[test]
fn team_links_with_tags_but_no_names_are_still_read() {
    let team =
        TeamBundle::new(instrument(), vec![member(A_DAY, 5, rotated_answers(0)), member(A_DAY, 9, rotated_answers(1))]);
    let mut bytes = unsealed(&encode_team(&team, instrument()));
    bytes[0] = share::TEAM_FORMAT_UNNAMED;
    let header = 1 + 1 + instrument().id.len() + 1;
    let first_name = header + 4 + 3 + 1;
    let second_name = first_name + 1 + instrument().question_count().div_ceil(2) + 3 + 1;
    for at in [second_name, first_name, header + 2, header + 1, header] {
        bytes.remove(at);
    }
    assert_eq!(decode_team(&seal(&bytes), instrument()), Ok(team));
}

#[test]
fn a_team_link_keeps_its_name_its_decision_and_each_person_s_name_sanitised() {
    let mut team = TeamBundle::new(
        instrument(),
        vec![
            member(A_DAY, 1, rotated_answers(0)),
            member(A_DAY, 2, rotated_answers(1)),
            member(A_DAY, 3, rotated_answers(2)),
        ],
    );
    team.label = Some("  Platform\u{202E} team ".into());
    team.decision =
        Some(Decision { text: "Post side decisions\n\n\nwhere all can see".into(), look_again_on: Some(A_DAY + 90) });
    team.members[0].name = Some("Maria".into());
    team.members[1].name = Some(format!("{}\u{200B}", "x".repeat(60)));
    team.members[2].name = Some(" \u{200B} ".into());
    let read = decode_team(&encode_team(&team, instrument()), instrument()).expect("reads");
    assert_eq!(read.label.as_deref(), Some("Platform team"));
    assert_eq!(
        read.decision,
        Some(Decision { text: "Post side decisions\nwhere all can see".into(), look_again_on: Some(A_DAY + 90) })
    );
    let names: Vec<Option<String>> = read.members.iter().map(|m| m.name.clone()).collect();
    assert_eq!(names[0].as_deref(), Some("Maria"));
    assert_eq!(names[1].as_ref().map(|n| n.chars().count()), Some(share::MAX_PERSON_CHARS), "cut with an ellipsis");
    assert!(names[1].as_ref().is_some_and(|n| n.ends_with('…')));
    assert_eq!(names[2], None, "nothing visible is no name");
    assert_eq!(read, team.sanitised(), "what is read is what sanitising gives");
}

// --- Team bundles --------------------------------------------------------------------------

#[test]
fn a_team_survives_a_round_trip_through_its_link() {
    let members = vec![
        member(A_DAY, 7, complete(common::STARTUP_GROWING_FAST)),
        member(A_DAY + 3, 0, complete(common::PROJECT_FACTORY)),
        member(A_DAY - 400, u16::MAX, complete(common::STARTUP_GROWING_FAST)),
    ];
    let team = TeamBundle::new(instrument(), members);
    assert_eq!(team.check(instrument()), Ok(()));
    assert_eq!(decode_team(&encode_team(&team, instrument()), instrument()), Ok(team));
}

#[test]
fn a_team_of_thirty_fits_in_its_link() {
    let team = team_of(30);
    let text = encode_team(&team, instrument());
    assert!(text.len() <= MAX_TEAM_CHARS, "{} characters", text.len());
    assert_eq!(text.len(), 671, "16 bytes a member: day 3 + tag 3 + an empty name 1 + answers 9");
    assert_eq!(decode_team(&text, instrument()), Ok(team));
}

#[test]
fn a_team_of_fewer_than_two_or_more_than_thirty_is_refused() {
    for size in [0, 1, 31, 40] {
        let team = team_of(size);
        assert_eq!(team.check(instrument()), Err(ShareError::TeamSize { found: size }));
        let text = encode_team(&team, instrument());
        let read = decode_team(&text, instrument());
        assert!(
            matches!(read, Err(ShareError::TeamSize { found }) if found == size) || read == Err(ShareError::TooLong)
        );
    }
    // A crafted count past 30 is refused before any member is read.
    let mut bytes = unsealed(&encode_team(&team_of(2), instrument()));
    let count_at = 3 + instrument().id.len() + 3;
    bytes[count_at] = 0x7F;
    assert_eq!(decode_team(&seal(&bytes), instrument()), Err(ShareError::TeamSize { found: 127 }));
}

#[test]
fn every_truncation_of_a_team_link_is_refused() {
    let text = encode_team(&team_of(3), instrument());
    for len in 0..text.len() {
        assert!(decode_team(&text[..len], instrument()).is_err(), "length {len} was read");
    }
}

#[test]
fn every_one_character_change_to_a_team_link_is_refused_or_reads_as_a_complete_team() {
    let text = encode_team(&team_of(2), instrument());
    for changed in one_character_away(&text).into_iter().chain(one_bit_away(&text)) {
        if let Ok(team) = decode_team(&changed, instrument()) {
            assert_valid_team(&team);
        }
    }
}

#[test]
fn a_team_link_for_another_questionnaire_or_version_is_refused() {
    let mut team = team_of(2);
    team.instrument_id = "other-check".into();
    let read = decode_team(&encode_team(&team, instrument()), instrument());
    assert_eq!(read, Err(ShareError::ForeignInstrument { found: "other-check".into() }));

    let mut team = team_of(2);
    team.instrument_version += 1;
    let read = decode_team(&encode_team(&team, instrument()), instrument());
    let expected = instrument().version;
    assert_eq!(read, Err(ShareError::VersionMismatch { found: expected + 1, expected }));
}

#[test]
fn a_team_member_with_an_unanswered_question_is_refused() {
    let mut team = team_of(3);
    team.members[1].answers = Answers::new();
    assert_eq!(team.check(instrument()), Err(ShareError::Incomplete { question: 0 }));
    let read = decode_team(&encode_team(&team, instrument()), instrument());
    assert_eq!(read, Err(ShareError::Incomplete { question: 0 }));
}

#[test]
fn over_long_team_text_is_refused_before_it_is_decoded() {
    assert_eq!(decode_team(&"A".repeat(MAX_TEAM_CHARS + 1), instrument()), Err(ShareError::TooLong));
    assert_eq!(decode_team("", instrument()), Err(ShareError::Empty));
}

// --- Coach invites -------------------------------------------------------------------------

#[test]
fn an_invite_survives_a_round_trip_through_its_link() {
    let invite = an_invite();
    assert_eq!(invite.sanitised(), invite);
    let text = encode_coach(&invite).expect("invite");
    assert_eq!(decode_coach(&text), Ok(invite));

    let no_team = CoachInvite { team: None, ..an_invite() };
    assert_eq!(decode_coach(&encode_coach(&no_team).expect("invite")), Ok(no_team));
}

#[test]
fn markup_in_an_invite_stays_literal_text() {
    let markup = "<img src=x onerror=alert(1)>";
    let invite =
        CoachInvite { coach: markup.into(), message: markup.into(), team: Some(markup.into()), reply_to: None };
    let read = decode_coach(&encode_coach(&invite).expect("invite")).expect("read");
    assert_eq!(read.coach, markup);
    assert_eq!(read.message, markup);
    assert_eq!(read.team.as_deref(), Some(markup));
}

#[test]
fn an_invite_carries_a_reply_address_and_refuses_one_a_mail_link_could_not_carry_safely() {
    let invite = CoachInvite { reply_to: Some(" dana@coach.example ".into()), ..an_invite() };
    let read = decode_coach(&encode_coach(&invite).expect("invite")).expect("read");
    assert_eq!(read.reply_to.as_deref(), Some("dana@coach.example"));
    let blank = CoachInvite { reply_to: Some("  ".into()), ..an_invite() };
    assert_eq!(decode_coach(&encode_coach(&blank).expect("invite")).expect("read").reply_to, None);
    for bad in ["dana", "dana@coach.example?bcc=x@evil.example", "x@evil.example,dana@coach.example"] {
        let invite = CoachInvite { reply_to: Some(bad.into()), ..an_invite() };
        assert_eq!(encode_coach(&invite), Err(ShareError::BadAddress), "{bad}");
    }
    // An invite of the first layout, without an address, is still read.
    let mut bytes = unsealed(&encode_coach(&an_invite()).expect("invite"));
    bytes[0] = share::COACH_FORMAT_NO_ADDRESS;
    assert_eq!(bytes.pop(), Some(0), "the empty address is the last byte");
    assert_eq!(decode_coach(&seal(&bytes)), Ok(an_invite().sanitised()));
}

#[test]
fn bidi_overrides_and_zero_width_characters_are_removed() {
    let invite = CoachInvite {
        coach: "\u{202E}Ada\u{200B} \u{2066}Love\u{FEFF}lace\u{2069}\u{200F}".into(),
        message: "Pay\u{202D}ments\u{200D} \u{061C}team\u{2060}".into(),
        team: Some("\u{200E}\u{200C}".into()),
        reply_to: None,
    };
    let clean = invite.sanitised();
    assert_eq!(clean.coach, "Ada Lovelace");
    assert_eq!(clean.message, "Payments team");
    assert_eq!(clean.team, None, "a label of nothing visible is no label");
    let read = decode_coach(&encode_coach(&invite).expect("invite")).expect("read");
    assert_eq!(read, clean);
}

#[test]
fn a_crafted_invite_is_sanitised_when_read() {
    // Raw fields, as a hand-made link could carry them: name, message, team, address.
    let fields: [&[u8]; 4] = ["\u{202E}Mallory\u{0007}\n".as_bytes(), b"line one\n\n\n\tline two", b"", b""];
    let mut bytes = vec![share::COACH_FORMAT];
    for field in fields {
        bytes.push(field.len() as u8);
        bytes.extend_from_slice(field);
    }
    let read = decode_coach(&seal(&bytes)).expect("read");
    assert_eq!(
        read,
        CoachInvite { coach: "Mallory".into(), message: "line one\nline two".into(), team: None, reply_to: None }
    );
}

#[test]
fn long_names_and_labels_are_cut_to_sixty_characters_with_an_ellipsis() {
    let sixty = "é".repeat(60);
    let long =
        CoachInvite { coach: "a".repeat(61), message: String::new(), team: Some("ü".repeat(200)), reply_to: None };
    let clean = long.sanitised();
    assert_eq!(clean.coach, format!("{}…", "a".repeat(59)));
    assert_eq!(clean.coach.chars().count(), 60);
    assert_eq!(clean.team.as_deref().map(|t| t.chars().count()), Some(60));
    assert!(clean.team.as_deref().is_some_and(|t| t.ends_with('…')));
    let exact = CoachInvite { coach: sixty.clone(), ..CoachInvite::default() };
    assert_eq!(exact.sanitised().coach, sixty, "sixty characters are not cut");
    assert_eq!(decode_coach(&encode_coach(&long).expect("invite")), Ok(clean));
}

#[test]
fn long_messages_are_cut_to_280_characters_and_keep_single_line_breaks() {
    let long = CoachInvite { coach: "Ada".into(), message: "word ".repeat(100), team: None, reply_to: None };
    let message = long.sanitised().message;
    assert_eq!(message.chars().count(), 280);
    assert!(message.ends_with("word…") || message.ends_with("wor…"), "{message}");

    let lines = CoachInvite {
        coach: "Ada\nLovelace".into(),
        message: "one\r\n\r\ntwo\nthree".into(),
        team: None,
        reply_to: None,
    };
    let clean = lines.sanitised();
    assert_eq!(clean.coach, "Ada Lovelace", "a name is one line");
    assert_eq!(clean.message, "one\ntwo\nthree");
}

#[test]
fn an_invite_with_no_coach_name_left_is_refused() {
    for coach in ["", "   ", "\u{200B}\u{202E}", "\n\t"] {
        let invite = CoachInvite { coach: coach.into(), ..an_invite() };
        assert_eq!(encode_coach(&invite), Err(ShareError::NoCoachName), "{coach:?}");
    }
    let mut bytes = vec![share::COACH_FORMAT, 3];
    bytes.extend_from_slice("\u{200B}".as_bytes());
    bytes.extend_from_slice(&[0, 0, 0]);
    assert_eq!(decode_coach(&seal(&bytes)), Err(ShareError::NoCoachName));
}

#[test]
fn an_invite_with_text_that_is_not_utf8_is_refused() {
    let bytes = [share::COACH_FORMAT, 2, 0xC3, 0x28, 0, 0];
    assert_eq!(decode_coach(&seal(&bytes)), Err(ShareError::Malformed));
}

#[test]
fn every_truncation_of_an_invite_link_is_refused() {
    let text = encode_coach(&an_invite()).expect("invite");
    for len in 0..text.len() {
        assert!(decode_coach(&text[..len]).is_err(), "length {len} was read");
    }
}

#[test]
fn every_one_character_change_to_an_invite_link_is_refused_or_reads_as_a_clean_invite() {
    let invite = CoachInvite { coach: "Ada".into(), message: "Hi".into(), team: Some("Core".into()), reply_to: None };
    let text = encode_coach(&invite).expect("invite");
    for changed in one_character_away(&text).into_iter().chain(one_bit_away(&text)) {
        if let Ok(read) = decode_coach(&changed) {
            assert_valid_invite(&read);
        }
    }
}

#[test]
fn the_longest_invite_fits_in_its_link_and_longer_text_is_refused() {
    let widest = CoachInvite {
        coach: "😀".repeat(100),
        message: "😀".repeat(400),
        team: Some("😀".repeat(100)),
        reply_to: None,
    };
    let text = encode_coach(&widest).expect("invite");
    assert!(text.len() <= MAX_COACH_CHARS, "{} > {MAX_COACH_CHARS}", text.len());
    assert_eq!(decode_coach(&text), Ok(widest.sanitised()));
    assert_eq!(decode_coach(&"A".repeat(MAX_COACH_CHARS + 1)), Err(ShareError::TooLong));
}

// --- The URL fragment ----------------------------------------------------------------------

#[test]
fn the_host_pages_fragment_keeps_its_pieces() {
    let host = "#section-2&x=1";
    let with = share::with_param(host, RESULT_KEY, "abc_-1");
    assert_eq!(with, "section-2&x=1&cc-result=abc_-1");
    assert_eq!(share::param(&with, RESULT_KEY), Some("abc_-1"));
    assert_eq!(share::param(&with, "x"), Some("1"));
    assert_eq!(share::param(&with, TEAM_KEY), None);
    assert_eq!(share::without_param(&with, RESULT_KEY), "section-2&x=1");
}

#[test]
fn our_piece_is_replaced_in_place_and_duplicates_dropped() {
    let host = "a&cc-team=old&b=2&cc-team=older&&c";
    assert_eq!(share::with_param(host, TEAM_KEY, "new"), "a&cc-team=new&b=2&&c");
    assert_eq!(share::param(host, TEAM_KEY), Some("old"));
    assert_eq!(share::without_param(host, TEAM_KEY), "a&b=2&&c");
}

#[test]
fn keys_that_merely_start_like_ours_are_not_ours() {
    let host = "cc-coach-x=1&cc-coachy&xcc-coach=2";
    assert_eq!(share::param(host, COACH_KEY), None);
    assert_eq!(share::without_param(host, COACH_KEY), host);
    assert_eq!(share::with_param(host, COACH_KEY, "v"), format!("{host}&cc-coach=v"));
}

#[test]
fn an_empty_fragment_gets_just_our_piece() {
    assert_eq!(share::with_param("", RESULT_KEY, "v"), "cc-result=v");
    assert_eq!(share::with_param("#", RESULT_KEY, "v"), "cc-result=v");
    assert_eq!(share::param("", RESULT_KEY), None);
    assert_eq!(share::without_param("cc-result=v", RESULT_KEY), "");
    assert_eq!(share::param("cc-result", RESULT_KEY), Some(""), "a bare key has an empty value");
}

#[test]
fn a_link_read_from_a_fragment_decodes() {
    let text = encode(&startup_result(), instrument());
    let fragment = share::with_param("intro", RESULT_KEY, &text);
    let read = share::param(&fragment, RESULT_KEY).expect("our piece");
    assert_eq!(decode(read, instrument()), Ok(startup_result()));
}

// --- Properties ----------------------------------------------------------------------------

/// Text that is mostly base64url, with now and then anything at all.
fn link_like_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z0-9_-]{0,120}",
        "[A-Za-z0-9_=+/ -]{0,60}",
        any::<String>(),
        proptest::collection::vec(any::<u8>(), 0..200).prop_map(|bytes| URL_SAFE_NO_PAD.encode(bytes)),
    ]
}

/// A payload of the given format with a good checksum, so the field reader is what is tested.
fn sealed_payload(format: u8) -> impl Strategy<Value = String> {
    let id = instrument().id.clone();
    let version = instrument().version as u8;
    let head = move |tail: Vec<u8>| {
        let mut bytes = vec![format, id.len() as u8];
        bytes.extend_from_slice(id.as_bytes());
        bytes.push(version);
        bytes.extend(tail);
        seal(&bytes)
    };
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..400).prop_map(move |bytes| {
            let mut all = vec![format];
            all.extend(bytes);
            seal(&all)
        }),
        proptest::collection::vec(any::<u8>(), 0..400).prop_map(head),
    ]
}

fn any_invite() -> impl Strategy<Value = CoachInvite> {
    let text = || prop_oneof![any::<String>(), "[ a-zA-Z\u{200B}\u{202E}\u{2066}\n\t<>é😀…]{0,400}"];
    (text(), text(), proptest::option::of(text())).prop_map(|(coach, message, team)| CoachInvite {
        coach,
        message,
        team,
        reply_to: None,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_complete_result_survives_its_link(answers in complete_answers(), day in 0..=MAX_DAY, tag in any::<u16>()) {
        let result = SharedResult::new(instrument(), day, answers).tagged(tag);
        let text = encode(&result, instrument());
        prop_assert!(text.len() <= MAX_RESULT_CHARS);
        prop_assert_eq!(decode(&text, instrument()), Ok(result));
    }

    #[test]
    fn any_team_of_two_to_thirty_survives_its_link(
        members in proptest::collection::vec((0..=MAX_DAY, any::<u16>(), complete_answers()), 2..=30),
    ) {
        let members = members.into_iter().map(|(day, tag, answers)| member(day, tag, answers)).collect();
        let team = TeamBundle::new(instrument(), members);
        let text = encode_team(&team, instrument());
        prop_assert!(text.len() <= MAX_TEAM_CHARS);
        prop_assert_eq!(decode_team(&text, instrument()), Ok(team));
    }

    #[test]
    fn any_invite_with_a_name_survives_its_link_sanitised(invite in any_invite()) {
        let clean = invite.sanitised();
        prop_assert_eq!(clean.sanitised(), clean.clone(), "sanitising twice changes nothing");
        prop_assert!(clean.coach.chars().count() <= 60);
        prop_assert!(clean.message.chars().count() <= 280);
        prop_assert!(clean.team.as_ref().is_none_or(|t| !t.is_empty() && t.chars().count() <= 60));
        match encode_coach(&invite) {
            Ok(text) => {
                prop_assert!(text.len() <= MAX_COACH_CHARS);
                prop_assert_eq!(decode_coach(&text), Ok(clean));
            }
            Err(e) => {
                prop_assert_eq!(e, ShareError::NoCoachName);
                prop_assert!(clean.coach.is_empty());
            }
        }
    }

    #[test]
    fn any_text_read_as_a_link_never_panics_and_any_success_is_valid(text in link_like_text()) {
        if let Ok(result) = decode(&text, instrument()) {
            assert_valid_result(&result);
        }
        if let Ok(team) = decode_team(&text, instrument()) {
            assert_valid_team(&team);
        }
        if let Ok(invite) = decode_coach(&text) {
            assert_valid_invite(&invite);
        }
    }

    #[test]
    fn any_sealed_payload_is_read_safely_and_any_success_is_valid(
        result in sealed_payload(share::RESULT_FORMAT),
        team in sealed_payload(share::TEAM_FORMAT),
        invite in sealed_payload(share::COACH_FORMAT),
    ) {
        if let Ok(read) = decode(&result, instrument()) {
            assert_valid_result(&read);
        }
        if let Ok(read) = decode_team(&team, instrument()) {
            assert_valid_team(&read);
        }
        if let Ok(read) = decode_coach(&invite) {
            assert_valid_invite(&read);
        }
    }

    #[test]
    fn the_host_fragment_comes_back_byte_for_byte(
        pieces in proptest::collection::vec("[a-z0-9=_.%/?-]{0,12}", 0..6),
        value in "[A-Za-z0-9_-]{0,40}",
    ) {
        let host = pieces.join("&");
        prop_assume!(share::param(&host, RESULT_KEY).is_none());
        let with = share::with_param(&host, RESULT_KEY, &value);
        prop_assert_eq!(share::param(&with, RESULT_KEY), Some(value.as_str()));
        prop_assert_eq!(share::without_param(&with, RESULT_KEY), host.clone());
        for piece in host.split('&').filter(|p| !p.is_empty()) {
            prop_assert!(with.split('&').any(|p| p == piece));
        }
    }
}
