//! Answer sets shared by the native test files, by question and option ids (instrument v2).
#![allow(dead_code)]

use context_check::core::answers::Answers;
use context_check::core::instrument::Instrument;

/// A startup-like team testing a new offering, growing fast, its ways of working in heads, and
/// side decisions that surprise the rest of the team.
pub const STARTUP_GROWING_FAST: &[(&str, &str)] = &[
    ("work_kind", "new"),
    ("work_share", "nearly_all"),
    ("success", "evidence"),
    ("funding", "staged"),
    ("dependencies", "rarely"),
    ("onboarding", "walkthrough"),
    ("change_practice", "drift"),
    ("process", "anything"),
    ("why_known", "discussed"),
    ("change", "fast_growth"),
    ("trend", "same"),
    ("outcomes", "sometimes"),
    ("focus", "few"),
    ("side_decisions", "surprise"),
    ("scope", "explore"),
    ("priorities", "goal"),
    ("roi", "sometimes"),
];

/// A project factory working from tickets, where value is never discussed.
pub const PROJECT_FACTORY: &[(&str, &str)] = &[
    ("work_kind", "projects"),
    ("work_share", "nearly_all"),
    ("success", "on_time"),
    ("funding", "per_project"),
    ("dependencies", "tell_later"),
    ("onboarding", "walkthrough"),
    ("change_practice", "imposed"),
    ("process", "basics"),
    ("why_known", "tickets"),
    ("change", "stable"),
    ("trend", "same"),
    ("outcomes", "rarely"),
    ("focus", "per_person"),
    ("side_decisions", "meetings"),
    ("scope", "first_meeting"),
    ("priorities", "one_group"),
    ("roi", "never"),
];

// ----- Six realistic teams (see tests/known_answers.rs for what a coach expects of each) -----

/// (a) An operational team that is fine: it improves an operation, is judged and funded on the
/// metrics it moves, plans with the teams it touches, writes its way of working down, settles
/// scope in its first planning meeting, and its results are getting better.
pub const OPERATIONAL_TEAM_THAT_IS_FINE: &[(&str, &str)] = &[
    ("work_kind", "optimise"),
    ("work_share", "nearly_all"),
    ("success", "metrics"),
    ("funding", "metrics"),
    ("dependencies", "plan_together"),
    ("onboarding", "written"),
    ("change_practice", "deliberate"),
    ("process", "adaptable"),
    ("why_known", "evidence"),
    ("change", "stable"),
    ("trend", "better"),
    ("outcomes", "usually"),
    ("focus", "few"),
    ("side_decisions", "shared"),
    ("scope", "first_meeting"),
    ("priorities", "goal"),
    ("roi", "regularly"),
];

/// (b) A new bet under rapid growth: evidence milestones and staged funding fit it, it explores
/// before settling scope and checks what its work changed, but how it works lives in people's
/// heads while new people keep arriving.
pub const NEW_BET_GROWING_FAST: &[(&str, &str)] = &[
    ("work_kind", "new"),
    ("work_share", "nearly_all"),
    ("success", "evidence"),
    ("funding", "staged"),
    ("dependencies", "rarely"),
    ("onboarding", "walkthrough"),
    ("change_practice", "drift"),
    ("process", "basics"),
    ("why_known", "evidence"),
    ("change", "fast_growth"),
    ("trend", "same"),
    ("outcomes", "usually"),
    ("focus", "few"),
    ("side_decisions", "mentioned"),
    ("scope", "explore"),
    ("priorities", "goal"),
    ("roi", "sometimes"),
];

/// (c) A platform other teams build on, judged on projects delivered on time and funded project
/// by project (judged and funded like a project factory), with how it works mostly in people's
/// heads.
pub const PLATFORM_OTHERS_BUILD_ON: &[(&str, &str)] = &[
    ("work_kind", "platform"),
    ("work_share", "most"),
    ("success", "on_time"),
    ("funding", "per_project"),
    ("dependencies", "plan_together"),
    ("onboarding", "walkthrough"),
    ("change_practice", "drift"),
    ("process", "adaptable"),
    ("why_known", "discussed"),
    ("change", "steady_growth"),
    ("trend", "same"),
    ("outcomes", "sometimes"),
    ("focus", "few"),
    ("side_decisions", "mentioned"),
    ("scope", "explore"),
    ("priorities", "goal"),
    ("roi", "sometimes"),
];

/// (d) A project team that is fine: a queue of requested projects, judged on time and budget and
/// funded per project, working from tickets, written down, stable, results holding.
pub const PROJECT_TEAM_THAT_IS_FINE: &[(&str, &str)] = &[
    ("work_kind", "projects"),
    ("work_share", "nearly_all"),
    ("success", "on_time"),
    ("funding", "per_project"),
    ("dependencies", "plan_together"),
    ("onboarding", "written"),
    ("change_practice", "deliberate"),
    ("process", "basics"),
    ("why_known", "tickets"),
    ("change", "stable"),
    ("trend", "same"),
    ("outcomes", "sometimes"),
    ("focus", "few"),
    ("side_decisions", "shared"),
    ("scope", "first_meeting"),
    ("priorities", "goal"),
    ("roi", "sometimes"),
];

/// (e) A program team being shrunk: one part of a large program with a fixed share of its
/// budget, one prescribed process, changes imposed from above, clashes sorted out later, months
/// to learn how it works while people leave, and results slipping.
pub const PROGRAM_TEAM_BEING_SHRUNK: &[(&str, &str)] = &[
    ("work_kind", "program"),
    ("work_share", "nearly_all"),
    ("success", "launch"),
    ("funding", "program_share"),
    ("dependencies", "sort_later"),
    ("onboarding", "months"),
    ("change_practice", "imposed"),
    ("process", "one_way"),
    ("why_known", "second_hand"),
    ("change", "shrinking"),
    ("trend", "worse"),
    ("outcomes", "sometimes"),
    ("focus", "few"),
    ("side_decisions", "mentioned"),
    ("scope", "first_meeting"),
    ("priorities", "goal"),
    ("roi", "sometimes"),
];

/// (f) A stuck team: a real mix of work on a fixed headcount, nobody says what success is, more
/// things in parallel than people, one group's needs win, and small fixes won't do.
pub const STUCK_TEAM: &[(&str, &str)] = &[
    ("work_kind", "mix"),
    ("work_share", "mixed"),
    ("success", "unclear"),
    ("funding", "headcount"),
    ("dependencies", "tell_later"),
    ("onboarding", "depends"),
    ("change_practice", "drift"),
    ("process", "basics"),
    ("why_known", "second_hand"),
    ("change", "stable"),
    ("trend", "stuck"),
    ("outcomes", "sometimes"),
    ("focus", "more"),
    ("side_decisions", "mentioned"),
    ("scope", "first_meeting"),
    ("priorities", "one_group"),
    ("roi", "sometimes"),
];

/// The six realistic teams, by name.
pub const TEAMS: &[(&str, &[(&str, &str)])] = &[
    ("operational team that is fine", OPERATIONAL_TEAM_THAT_IS_FINE),
    ("new bet growing fast", NEW_BET_GROWING_FAST),
    ("platform others build on", PLATFORM_OTHERS_BUILD_ON),
    ("project team that is fine", PROJECT_TEAM_THAT_IS_FINE),
    ("program team being shrunk", PROGRAM_TEAM_BEING_SHRUNK),
    ("stuck team", STUCK_TEAM),
];

/// A complete answer set for the shipped English instrument; a typo or a missing question in a
/// fixture fails loudly.
#[track_caller]
pub fn complete(pairs: &[(&str, &str)]) -> Answers {
    let instrument = Instrument::shipped().expect("the shipped instrument is valid");
    let mut answers = Answers::new();
    for (question, option) in pairs {
        let placed = instrument.question_by_id(question).unwrap_or_else(|| panic!("no question `{question}`"));
        assert!(placed.question.choice(option).is_some(), "no option `{option}` in `{question}`");
        assert!(answers.get(question).is_none(), "`{question}` is answered twice in the fixture");
        answers.set(question, option);
    }
    assert!(answers.is_complete(instrument), "the fixture answers every question");
    answers
}
