//! Why a shared link could not be read (or an invite could not be made).

/// Why a link's text could not be turned back into a result, a team or an invite. Each variant is
/// something a page can explain in a sentence; none carries text from the link except
/// [`ShareError::ForeignInstrument`], whose id is checked to be a plain id first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    /// The link carries nothing.
    #[error("the link is empty")]
    Empty,
    /// Longer than any link this widget makes; not even looked at.
    #[error("the link is longer than any link this widget makes")]
    TooLong,
    /// Not base64url text: a character was changed, added or lost.
    #[error("the link contains characters it should not")]
    NotBase64,
    /// The data ends before everything it announces.
    #[error("the link is cut off")]
    Truncated,
    /// The checksum does not match: the link was cut, changed or mistyped.
    #[error("the link was damaged or changed")]
    ChecksumMismatch,
    /// Intact, but written in a layout this version does not know (for example by a newer widget,
    /// or a team link given where a result link was expected).
    #[error("the link was made by another version of the widget (format {0})")]
    UnknownFormat(u8),
    /// Intact, but its parts do not fit together (bytes left over, a number written oddly).
    #[error("the link's data is malformed")]
    Malformed,
    /// Made for another questionnaire.
    #[error("the link is for another questionnaire (`{found}`)")]
    ForeignInstrument { found: String },
    /// Made for another version of this questionnaire, whose questions may mean other things.
    #[error("the link is for version {found} of the questionnaire; this is version {expected}")]
    VersionMismatch { found: u32, expected: u32 },
    /// The finish day is past any real date.
    #[error("the link's date is out of range")]
    BadDay,
    /// The answer to a question (0-based, in questionnaire order) names no option.
    #[error("the answer to question {} names no option", question + 1)]
    BadAnswer { question: usize },
    /// A question (0-based, in questionnaire order) has no answer; shared results are finished.
    #[error("question {} has no answer", question + 1)]
    Incomplete { question: usize },
    /// A team link must hold from 2 to 30 results.
    #[error("a team link holds 2 to 30 results, not {found}")]
    TeamSize { found: usize },
    /// An invite names no coach once invisible and control characters are removed.
    #[error("the invite names no coach")]
    NoCoachName,
    /// An invite's reply address is not one a mail link can carry.
    #[error("the reply address is not an e-mail address")]
    BadAddress,
}
