//! The widget's own words (the instrument carries the questionnaire's).

pub const START: &str = "Start the check";
pub const CONTINUE: &str = "Continue";
pub const START_OVER: &str = "Start over";
pub const NEXT: &str = "Next";
pub const BACK: &str = "Back";
pub const TO_REVIEW: &str = "Review answers";
pub const BACK_TO_REVIEW: &str = "Back to review";
pub const SEE_RESULT: &str = "See my result";
pub const CHANGE: &str = "Change";
pub const TAKE_AGAIN: &str = "Take it again";
pub const HOME: &str = "Back to start";
pub const OPEN: &str = "Open";
pub const DELETE: &str = "Delete";
pub const DELETE_EVERYTHING: &str = "Delete everything stored";
pub const CONFIRM_DELETE: &str = "Delete all answers and results from this browser?";
pub const CONFIRM_YES: &str = "Yes, delete";
pub const CONFIRM_NO: &str = "Keep them";
pub const PRIVACY: &str =
    "Your answers stay in this browser. Nothing is sent anywhere, and you can delete everything at any time.";
pub const RESUME_TITLE: &str = "Welcome back";
pub const REVIEW_TITLE: &str = "Review your answers";
pub const REVIEW_LEAD: &str = "Check your answers before you see the result. You can change any of them.";
pub const NOT_ANSWERED: &str = "Not answered yet";
pub const RESULT_HEADING: &str = "Your team's context";
pub const SCORES_HEADING: &str = "Scores by dimension";
pub const TRAPS_HEADING: &str = "Traps that matter most for your team";
pub const NO_TRAPS: &str = "None of the collaboration traps stands out in your answers. Keep checking in as the team changes.";
pub const TRY_NEXT: &str = "Try next";
pub const WHY: &str = "Why";
pub const READING_HEADING: &str = "What to read";
pub const HISTORY_HEADING: &str = "Your earlier results";
pub const ACTIVE_TRAP: &str = "Shows up strongly";
pub const WATCH_TRAP: &str = "Worth watching";
pub const SPECTRUM_NOTE: &str = "Process guidance is a spectrum: neither end is better, what matters is the fit with your work.";
pub const SHARE_HEADING: &str = "Share this result";
pub const SHARE_LEAD: &str =
    "The link carries your answers after the # sign, which browsers never send to a server. Whoever opens it sees this card.";
pub const COPY_LINK: &str = "Copy link";
pub const SHARE: &str = "Share…";
pub const DOWNLOAD_PNG: &str = "Download image";
pub const DOWNLOAD_SVG: &str = "SVG";
pub const LINK_COPIED: &str = "Link copied.";
pub const COPY_BY_HAND: &str = "Your browser didn't let the page copy. Select the link and copy it:";
pub const IMAGE_FAILED: &str = "The image could not be made in this browser.";
pub const SHARE_TITLE: &str = "My team's context";
pub const SHARED_EYEBROW: &str = "A shared result";
pub const SHARED_LEAD: &str =
    "Someone shared this result with you. It is worked out again from their answers; your own answers are untouched.";
pub const TAKE_IT_YOURSELF: &str = "Take it yourself";
pub const DAMAGED_TITLE: &str = "This link looks damaged";
pub const DAMAGED_LEAD: &str =
    "It may have been cut off or changed when it was copied. Ask for the link again, or take the check yourself.";
pub const OTHER_VERSION: &str =
    "It was made with another version of this questionnaire, whose questions may mean other things. Ask for a new link, or take the check yourself.";
pub const START_ASSESSMENT: &str = "Start the assessment";
pub const FIRST_RESULT: &str = "This is your first result. Take the check again later to see how your team changes.";

/// Says the position in the questionnaire.
pub fn progress(number: usize, total: usize) -> String {
    format!("Question {number} of {total}")
}

/// Says the section and its place.
pub fn section(number: usize, count: usize, title: &str) -> String {
    format!("Part {number} of {count}: {title}")
}

/// Says how long and how many, for the intro.
pub fn length(questions: usize, minutes: u32) -> String {
    format!("{questions} questions · about {minutes} minutes")
}

/// Offers to continue after a reload.
pub fn resume(answered: usize, total: usize) -> String {
    format!("You have answered {answered} of {total} questions. Pick up where you left off, or start over.")
}

/// Says a notice about storage.
pub fn notice(notice: crate::core::session::Notice) -> &'static str {
    use crate::core::session::Notice;
    match notice {
        Notice::NotKept => "This browser isn't letting the page store anything, so your progress won't be kept if you leave.",
        Notice::SetAside => "Something saved earlier couldn't be read, so it was set aside and you're starting fresh.",
        Notice::NewerData => "Progress saved by a newer version of Context Check was left untouched; this visit won't be kept.",
        Notice::SaveFailed => "Your latest answers couldn't be saved in this browser. They're kept on this page and saving will be tried again.",
    }
}

/// Describes a change in score since the previous result.
pub fn delta(delta: i16) -> String {
    match delta {
        0 => "no change".to_owned(),
        d if d > 0 => format!("up {d}"),
        d => format!("down {}", -d),
    }
}

/// Why a shared link can't be shown, in words for the visitor.
pub fn damaged(error: &crate::core::share::ShareError) -> &'static str {
    use crate::core::share::ShareError;
    match error {
        ShareError::VersionMismatch { .. } | ShareError::UnknownFormat(_) => OTHER_VERSION,
        _ => DAMAGED_LEAD,
    }
}
