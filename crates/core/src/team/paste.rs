//! Reading the links a coach pastes: result links and team links, whole addresses or just their
//! codes, one per line or several on a line, with names or notes around them. Whatever can't be compared is listed with the
//! reason; the same result pasted twice counts once.

use crate::instrument::Instrument;
use crate::share::{
    self, ShareError, TeamMember, RESULT_KEY, TEAM_FORMAT, TEAM_FORMAT_UNTAGGED, TEAM_KEY, TEAM_MEMBERS,
};

/// At most this many pieces of pasted text are read; the rest are reported as one skipped line.
pub const MAX_PIECES: usize = 100;
/// A skipped piece is shown cut to this many characters.
const SHOWN_CHARS: usize = 48;

/// One finished result in the team: when it was taken, its tag and its answers. Two equal
/// members are the same result given twice.
pub type Member = TeamMember;

/// Why a pasted piece is left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkipReason {
    /// Holds no result link of ours.
    NotALink,
    /// Cut, changed or mistyped.
    Damaged,
    /// Made with an earlier version of the questions: compared only like with like, so this
    /// person is asked to take the check again.
    EarlierVersion,
    /// Made with a later version of the questions than this page knows.
    OtherVersion,
    /// Made for another questionnaire.
    OtherQuestionnaire,
    /// Past the most a team view compares.
    TooMany,
}

/// A piece of the pasted text that is not in the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The piece as pasted, cut to a readable length.
    pub text: String,
    pub reason: SkipReason,
}

/// What pasted text holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pasted {
    /// Distinct results in the order given, at most the largest team.
    pub members: Vec<Member>,
    pub skipped: Vec<Skipped>,
    /// Results given more than once, counted once.
    pub duplicates: usize,
}

impl SkipReason {
    fn of(error: &ShareError) -> Self {
        match error {
            ShareError::VersionMismatch { found, expected } if found < expected => SkipReason::EarlierVersion,
            ShareError::VersionMismatch { .. } => SkipReason::OtherVersion,
            ShareError::ForeignInstrument { .. } => SkipReason::OtherQuestionnaire,
            _ => SkipReason::Damaged,
        }
    }
}

/// Our link in one piece of text: a result (`cc-result`, or `cc-result-<instance>` from a named
/// widget) or a team, from an address's fragment, a bare `key=code`, or a bare code.
enum Found<'a> {
    Result(&'a str),
    Team(&'a str),
    Code(&'a str),
    Nothing,
}

fn find(piece: &str) -> Found<'_> {
    let fragment = piece.split_once('#').map_or(piece, |(_, f)| f);
    for part in fragment.split('&') {
        let Some((key, value)) = part.split_once('=') else { continue };
        if key == TEAM_KEY {
            return Found::Team(value);
        }
        if key == RESULT_KEY || key.strip_prefix(RESULT_KEY).is_some_and(|rest| rest.starts_with('-')) {
            return Found::Result(value);
        }
    }
    if looks_like_code(piece) {
        Found::Code(piece)
    } else {
        Found::Nothing
    }
}

/// The members one piece holds.
fn members_of(piece: &str, instrument: &Instrument) -> Result<Vec<Member>, SkipReason> {
    let result = |code: &str| {
        share::decode(code, instrument)
            .map(|r| vec![Member { finished_on: r.finished_on, tag: r.tag, answers: r.answers }])
    };
    let team = |code: &str| share::decode_team(code, instrument).map(|t| t.members);
    let read = match find(piece) {
        Found::Result(code) => result(code),
        Found::Team(code) => team(code),
        Found::Code(code) => match result(code) {
            Err(ShareError::UnknownFormat(f)) if f == TEAM_FORMAT || f == TEAM_FORMAT_UNTAGGED => team(code),
            other => other,
        },
        Found::Nothing => return Err(SkipReason::NotALink),
    };
    read.map_err(|e| SkipReason::of(&e))
}

/// A piece cut to a readable length.
fn shown(piece: &str) -> String {
    if piece.chars().count() <= SHOWN_CHARS {
        return piece.to_owned();
    }
    let mut cut: String = piece.chars().take(SHOWN_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// Trims what mail clients and chats put around a link: angle brackets, quotes, parentheses and
/// trailing punctuation.
fn unwrap_link(piece: &str) -> &str {
    piece.trim_matches(|c: char| matches!(c, '<' | '>' | '"' | '\'' | '(' | ')' | '[' | ']' | ',' | ';'))
}

/// Whether a word could be a link's code on its own: long, and only base64url characters.
fn looks_like_code(word: &str) -> bool {
    word.len() >= 16 && word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The pieces of one pasted line to read: every word that holds our link or looks like a code.
/// A line with none (a name, a note) is one piece, so it is reported once.
fn pieces(line: &str) -> Vec<&str> {
    let words: Vec<&str> = line.split_whitespace().map(unwrap_link).filter(|w| !w.is_empty()).collect();
    let links: Vec<&str> = words.iter().copied().filter(|w| !matches!(find(w), Found::Nothing)).collect();
    match (links.is_empty(), words.len()) {
        (false, _) => links,
        (true, 0) => Vec::new(),
        (true, 1) => words,
        (true, _) => vec![line.trim()],
    }
}

/// Reads pasted text: every result and team link in it, in order.
pub fn read(text: &str, instrument: &Instrument) -> Pasted {
    let mut pasted = Pasted::default();
    let mut pieces = text.lines().flat_map(pieces);
    for piece in pieces.by_ref().take(MAX_PIECES) {
        let members = match members_of(piece, instrument) {
            Ok(members) => members,
            Err(reason) => {
                pasted.skipped.push(Skipped { text: shown(piece), reason });
                continue;
            }
        };
        let mut left_out = false;
        for member in members {
            if pasted.members.contains(&member) {
                pasted.duplicates += 1;
            } else if pasted.members.len() < *TEAM_MEMBERS.end() {
                pasted.members.push(member);
            } else {
                left_out = true;
            }
        }
        if left_out {
            pasted.skipped.push(Skipped { text: shown(piece), reason: SkipReason::TooMany });
        }
    }
    if let Some(first) = pieces.next() {
        pasted.skipped.push(Skipped { text: shown(first), reason: SkipReason::TooMany });
    }
    pasted
}

/// The team as one link's code, when it has enough members for a team.
pub fn team_code(members: &[Member], instrument: &Instrument) -> Option<String> {
    if !TEAM_MEMBERS.contains(&members.len()) {
        return None;
    }
    let bundle = share::TeamBundle::new(instrument, members.to_vec());
    bundle.check(instrument).ok()?;
    Some(share::encode_team(&bundle, instrument))
}
