//! The teams a coach keeps in their own browser, with what each decided: a list of team links'
//! codes, newest first, one per line. The team link is the format: each code carries its
//! members, its name and its decision, and is checked when read, so a damaged or foreign line is
//! left out rather than misread.

use crate::instrument::Instrument;
use crate::share::{self, TeamBundle};

/// The localStorage key of the list.
pub const SAVED_KEY: &str = "context-check-teams";
/// The most teams kept; the oldest go first.
pub const MAX_SAVED: usize = 20;

/// One kept team, read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedTeam {
    /// Its team link's code.
    pub code: String,
    pub team: TeamBundle,
}

/// The teams in the stored list that this instrument can read, newest first.
pub fn read(raw: &str, instrument: &Instrument) -> Vec<SavedTeam> {
    raw.lines()
        .map(str::trim)
        .filter_map(|code| {
            let team = share::decode_team(code, instrument).ok()?;
            Some(SavedTeam { code: code.to_owned(), team })
        })
        .take(MAX_SAVED)
        .collect()
}

/// Whether two bundles hold the same results, whatever their names and decisions.
fn same_people(a: &TeamBundle, b: &TeamBundle) -> bool {
    a.members.len() == b.members.len() && a.members.iter().zip(&b.members).all(|(x, y)| x.same_result(y))
}

/// The list with `team` first (as `code`), in place of any kept team of the same results. Lines
/// this page can't read (a team of another version of the questions) are kept as they are.
pub fn with(raw: &str, team: &TeamBundle, code: &str, instrument: &Instrument) -> String {
    let same = |line: &str| share::decode_team(line, instrument).is_ok_and(|kept| same_people(&kept, team));
    let kept = raw.lines().map(str::trim).filter(|line| !line.is_empty() && *line != code && !same(line));
    std::iter::once(code).chain(kept).take(MAX_SAVED).collect::<Vec<_>>().join("\n")
}

/// The list without the kept team whose code is `code`; every other line stays as it is.
pub fn without(raw: &str, code: &str) -> String {
    raw.lines().map(str::trim).filter(|line| !line.is_empty() && *line != code).collect::<Vec<_>>().join("\n")
}
