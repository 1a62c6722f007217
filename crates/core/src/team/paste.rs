//! Reading the links a coach pastes: result links and team links, whole addresses or just their
//! codes, one per line or several on a line, with names or notes around them. A name on a
//! result's line (`Maria: https://…`, `https://… (Maria)`), or alone on the line before it,
//! labels that person. Whatever can't be compared is listed with the reason; the same result
//! pasted twice counts once.

use crate::instrument::Instrument;
use crate::share::{
    self, sanitise, Decision, ShareError, TeamMember, MAX_PERSON_CHARS, RESULT_KEY, TEAM_FORMAT, TEAM_FORMAT_UNNAMED,
    TEAM_FORMAT_UNTAGGED, TEAM_KEY, TEAM_MEMBERS,
};

/// At most this many pieces of pasted text are read; the rest are reported as one skipped line.
pub const MAX_PIECES: usize = 100;
/// A skipped piece is shown cut to this many characters.
const SHOWN_CHARS: usize = 48;

/// One finished result in the team: when it was taken, its tag, its answers and the person's
/// name, if given. Two members with [`TeamMember::same_result`] are one result given twice.
pub type Member = TeamMember;

/// A line alone is read as the name of the result on the next line when it has at most this
/// many words (a longer line is a note, and is reported).
const NAME_WORDS: usize = 3;

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
    /// Past the most pasted text a team view reads ([`MAX_PIECES`]): this and the rest are left out.
    PastTheEnd,
}

/// A piece of the pasted text that is not in the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The piece as pasted, cut to a readable length; empty for a name with no link after it.
    pub text: String,
    /// The person's name that came with the piece (shown only when names are).
    pub name: Option<String>,
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
    /// The team's name and decision, from the first team link that has them.
    pub label: Option<String>,
    pub decision: Option<Decision>,
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

/// What one piece holds: one person's result, or a whole team.
enum Read {
    Result(Member),
    Team(share::TeamBundle),
}

fn read_piece(piece: &str, instrument: &Instrument) -> Result<Read, SkipReason> {
    let result = |code: &str| {
        share::decode(code, instrument)
            .map(|r| Read::Result(Member { finished_on: r.finished_on, tag: r.tag, name: None, answers: r.answers }))
    };
    let team = |code: &str| share::decode_team(code, instrument).map(Read::Team);
    let read = match find(piece) {
        Found::Result(code) => result(code),
        Found::Team(code) => team(code),
        Found::Code(code) => match result(code) {
            Err(ShareError::UnknownFormat(f))
                if [TEAM_FORMAT, TEAM_FORMAT_UNNAMED, TEAM_FORMAT_UNTAGGED].contains(&f) =>
            {
                team(code)
            }
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

/// One pasted line: the pieces to read (every word that holds our link or looks like a code; a
/// line with none, a name or a note, is one piece, so it is reported once), and the rest of the
/// line as a name when it holds exactly one link.
struct Line<'a> {
    pieces: Vec<&'a str>,
    links: bool,
    name: Option<String>,
}

/// A name from the words around a link, or from a line of its own: sanitised, without the
/// punctuation that joins it to the link (`Maria:`, `(Maria)`, `Maria –`).
fn name_from(words: &[&str]) -> Option<String> {
    // An address that isn't ours is not a name.
    if words.iter().any(|w| w.contains("://") || w.contains('#') || w.contains('=')) {
        return None;
    }
    let joined = words.join(" ");
    let trimmed = joined.trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '·' | '|'));
    Some(sanitise::one_line(trimmed, MAX_PERSON_CHARS)).filter(|name| !name.is_empty())
}

fn line(line: &str) -> Line<'_> {
    let words: Vec<&str> = line.split_whitespace().map(unwrap_link).filter(|w| !w.is_empty()).collect();
    let (links, rest): (Vec<&str>, Vec<&str>) = words.iter().partition(|w| !matches!(find(w), Found::Nothing));
    match (links.len(), words.len()) {
        (0, 0) => Line { pieces: Vec::new(), links: false, name: None },
        (0, n) => Line {
            pieces: vec![if n == 1 { words[0] } else { line.trim() }],
            links: false,
            name: (n <= NAME_WORDS).then(|| name_from(&rest)).flatten(),
        },
        (1, _) => Line { pieces: links, links: true, name: name_from(&rest) },
        _ => Line { pieces: links, links: true, name: None },
    }
}

impl Pasted {
    /// Adds one person's result: a result already in, by whatever name, counts once (and takes
    /// this name if it had none); past the largest team, it is left out.
    fn add(&mut self, member: Member) -> Result<(), SkipReason> {
        if let Some(known) = self.members.iter_mut().find(|m| m.same_result(&member)) {
            self.duplicates += 1;
            if known.name.is_none() {
                known.name = member.name;
            }
            return Ok(());
        }
        if self.members.len() >= *TEAM_MEMBERS.end() {
            return Err(SkipReason::TooMany);
        }
        self.members.push(member);
        Ok(())
    }

    fn skip(&mut self, piece: &str, reason: SkipReason) {
        self.skipped.push(Skipped { text: shown(piece), name: None, reason });
    }

    /// A piece that came with a name: the name is kept apart from the text, so that hidden names
    /// stay hidden.
    fn skip_named(&mut self, piece: &str, name: Option<String>, reason: SkipReason) {
        self.skipped.push(Skipped { text: shown(piece), name, reason });
    }
}

/// Reads pasted text: every result and team link in it, in order, with the names given. At
/// most [`MAX_PIECES`] pieces are read; the first one past them is reported, with the rest.
pub fn read(text: &str, instrument: &Instrument) -> Pasted {
    let mut pasted = Pasted::default();
    let mut read = 0;
    // A short line with no link: the name of the result on the next line, or else reported.
    let mut waiting: Option<String> = None;
    for line in text.lines().map(line) {
        if line.pieces.is_empty() {
            continue;
        }
        let before = waiting.take();
        if !line.links {
            if let Some(name) = before {
                pasted.skip_named("", Some(name), SkipReason::NotALink);
            }
            read += 1;
            if read > MAX_PIECES {
                pasted.skip(line.pieces.first().copied().unwrap_or_default(), SkipReason::PastTheEnd);
                return pasted;
            }
            match line.name {
                Some(name) => waiting = Some(name),
                None => line.pieces.iter().for_each(|piece| pasted.skip(piece, SkipReason::NotALink)),
            }
            continue;
        }
        let mut name = line.name.clone();
        if let Some(named) = before {
            if name.is_none() && line.pieces.len() == 1 {
                name = Some(named);
            } else {
                pasted.skip_named("", Some(named), SkipReason::NotALink);
            }
        }
        for piece in &line.pieces {
            read += 1;
            if read > MAX_PIECES {
                pasted.skip(piece, SkipReason::PastTheEnd);
                return pasted;
            }
            let members = match read_piece(piece, instrument) {
                Ok(Read::Result(member)) => vec![Member { name: name.clone(), ..member }],
                Ok(Read::Team(team)) => {
                    if pasted.label.is_none() {
                        pasted.label = team.label;
                    }
                    if pasted.decision.is_none() {
                        pasted.decision = team.decision;
                    }
                    team.members
                }
                Err(reason) => {
                    // Whose link it was helps the coach ask for it again.
                    pasted.skip_named(piece, name.clone(), reason);
                    continue;
                }
            };
            if members.into_iter().map(|m| pasted.add(m)).filter(Result::is_err).count() > 0 {
                pasted.skip(piece, SkipReason::TooMany);
            }
        }
    }
    if let Some(name) = waiting {
        pasted.skip_named("", Some(name), SkipReason::NotALink);
    }
    pasted
}

impl Pasted {
    /// The team as one bundle of this instrument: its members, its name and its decision.
    pub fn bundle(&self, instrument: &Instrument) -> share::TeamBundle {
        let mut bundle = share::TeamBundle::new(instrument, self.members.clone());
        bundle.label = self.label.clone();
        bundle.decision = self.decision.clone();
        bundle
    }
}

/// The team as one link's code, when it has enough members for a team (and is otherwise one a
/// link can carry).
pub fn team_code(bundle: &share::TeamBundle, instrument: &Instrument) -> Option<String> {
    bundle.check(instrument).ok()?;
    Some(share::encode_team(bundle, instrument))
}
