//! Answer sets shared by the native test files, by question and option ids.
#![allow(dead_code)]

/// A startup-like team testing a new offering, growing fast, its ways of working in heads.
pub const STARTUP_GROWING_FAST: &[(&str, &str)] = &[
    ("work_kind", "new"),
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
