//! Helpers shared by the native test files: the shipped instrument, answer sets by question and
//! option ids (instrument v2), and sessions driven as a respondent would.
// Each test file includes this module and uses only some of it.
#![allow(dead_code)]

use context_check::core::answers::Answers;
use context_check::core::instrument::Instrument;
use context_check::core::session::{Effect, Event, Found, Opening, ScreenKey, Session, Step};
use context_check::core::stored;
use context_check::core::view::{self, EarlierView, IntroView, QuestionView, ResultView, ResumeView, ReviewView};
use context_check::shipped::Shipped;
use proptest::prelude::*;

/// The shipped English instrument.
pub fn instrument() -> &'static Instrument {
    Instrument::shipped().expect("the shipped instrument is valid")
}

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
    let instrument = instrument();
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

/// A fixture with some answers changed; a typo in a change fails loudly.
#[track_caller]
pub fn with(pairs: &[(&str, &str)], changes: &[(&str, &str)]) -> Answers {
    let mut answers = complete(pairs);
    for (question, option) in changes {
        assert!(
            instrument().question_by_id(question).and_then(|p| p.question.choice(option)).is_some(),
            "no option `{option}` in `{question}`"
        );
        answers.set(question, option);
    }
    answers
}

/// Complete answers only, as a finished result has.
pub fn complete_answers() -> impl Strategy<Value = Answers> {
    let sizes: Vec<usize> = instrument().questions().map(|p| p.question.options.len()).collect();
    let per_question: Vec<_> = sizes.into_iter().map(|n| 0..n).collect();
    per_question.prop_map(|picks| Answers::from_indices(instrument(), picks.into_iter().enumerate()))
}

// ----- Sessions driven as a respondent would -----

/// How many questions the shipped instrument asks.
pub fn total() -> usize {
    instrument().question_count()
}

/// Applies the events in turn and returns every effect they asked for, in order.
pub fn apply(session: &mut Session, events: impl IntoIterator<Item = Event>) -> Vec<Effect> {
    events.into_iter().flat_map(|event| session.apply(instrument(), event)).collect()
}

/// The option each question gets in these journeys: varied, always valid.
pub fn option_for(question: usize) -> usize {
    let options = instrument().question(question).expect("in range").question.options.len();
    (question * 7 + 1) % options
}

/// A session that has begun and answered the first `count` questions with Choose and Next.
#[track_caller]
pub fn answered(count: usize) -> Session {
    let mut session = Session::new();
    apply(&mut session, [Event::Begin]);
    for q in 0..count {
        assert_eq!(session.step, Step::Question { index: q });
        apply(&mut session, [Event::Choose { question: q, option: option_for(q) }, Event::Next]);
    }
    session
}

/// A session at the review with every question answered.
#[track_caller]
pub fn at_review() -> Session {
    let session = answered(total());
    assert_eq!(session.step, Step::Review);
    session
}

/// A session showing a result finished at `now`.
#[track_caller]
pub fn finished(now: u64) -> Session {
    let mut session = at_review();
    apply(&mut session, [Event::Finish { now }]);
    assert!(matches!(session.step, Step::Result { .. }), "finishing shows the result");
    session
}

/// What the session would store, written and read back as the runtime does after a reload
/// (`stored::encode`, then [`Session::open`]). What was just written needs no writing again.
#[track_caller]
pub fn reload(session: &Session) -> Session {
    let raw = stored::encode(&session.saved());
    let (restored, effects) = Session::open(instrument(), Found::Value(Some(&raw)), Opening::Intro);
    assert_eq!(effects, [], "reopening what was just written asks for nothing");
    restored
}

/// The screen a session is on, with what it shows: the view model the widget renders for it.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Intro(IntroView),
    Resume(ResumeView),
    Question(QuestionView),
    Review(ReviewView),
    Result(Box<ResultView>),
    /// A result kept from an earlier version of the questions.
    Earlier(EarlierView),
}

/// The screen for a session, as the widget picks it (`ScreenKey::of`).
pub fn screen(instrument: &Instrument, session: &Session) -> Screen {
    match ScreenKey::of(instrument, session) {
        ScreenKey::Resume => Screen::Resume(view::resume(instrument, session)),
        ScreenKey::Intro => Screen::Intro(view::intro(instrument, session)),
        ScreenKey::Question(index) => view::question(instrument, session, index)
            .map(Screen::Question)
            .unwrap_or_else(|| Screen::Intro(view::intro(instrument, session))),
        ScreenKey::Review => Screen::Review(view::review(instrument, session)),
        ScreenKey::Result(id) => match session.history.get(id) {
            Some(entry) if entry.instrument_version != instrument.version => {
                Screen::Earlier(view::earlier(instrument, entry))
            }
            Some(entry) => Screen::Result(Box::new(view::result(instrument, session, entry))),
            None => Screen::Intro(view::intro(instrument, session)),
        },
    }
}
