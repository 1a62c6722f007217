//! The widget's own words in each language it speaks; the questionnaire's words come from the
//! instrument (and its translation overlay). Templates hold `{name}` placeholders, filled by
//! [`fill`], so that each language orders a sentence its own way.

mod de;
mod en;
mod team;

#[cfg(feature = "german-words")]
pub use de::DE;
pub use de::DE_TEAM;
pub use en::{EN, EN_TEAM};
pub use team::TeamStrings;

/// Every string the widget shows or announces, in one language. Serialised after the instrument in
/// a translation's file, for builds without the translation's words compiled in.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Strings {
    /// The language tag, for the widget's `lang` attribute.
    pub lang: &'static str,
    /// Whether a label such as "Awareness" is lower-cased inside a sentence ("For your
    /// awareness"); German nouns keep their capital.
    pub lowercase_in_sentences: bool,
    pub start: &'static str,
    pub continue_: &'static str,
    pub start_over: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub to_review: &'static str,
    pub back_to_review: &'static str,
    pub see_result: &'static str,
    pub change: &'static str,
    pub take_again: &'static str,
    pub home: &'static str,
    pub open: &'static str,
    pub delete: &'static str,
    pub delete_everything: &'static str,
    pub confirm_delete: &'static str,
    pub confirm_yes: &'static str,
    pub confirm_no: &'static str,
    pub privacy: &'static str,
    /// The privacy promise in a line, for the link preview image.
    pub privacy_short: &'static str,
    /// Why a sandboxed frame offers no download and no new-tab links.
    pub sandboxed_note: &'static str,
    /// The print action: the result card alone, in black on white.
    pub print: &'static str,
    /// The author's next step, when the host names only where it goes.
    pub cta_default: &'static str,
    /// The card image's last line: `{address}`, where the reader's link goes.
    pub card_take_yours: &'static str,
    /// A frame that can't grow shows the result's summary; this opens the whole of it in a new tab.
    pub open_full_result: &'static str,
    /// Under that link: why the result is short here.
    pub compact_note: &'static str,
    /// The same, in a locked frame that can't open a tab: copy the link instead.
    pub compact_sandboxed: &'static str,
    /// The reader's choice to share links that open on their profile's share page.
    pub profile_in_link: &'static str,
    /// What that choice shows, and to whom.
    pub profile_in_link_note: &'static str,
    pub resume_title: &'static str,
    pub review_title: &'static str,
    pub review_lead: &'static str,
    pub not_answered: &'static str,
    pub result_heading: &'static str,
    pub scores_heading: &'static str,
    pub traps_heading: &'static str,
    pub no_traps: &'static str,
    pub try_next: &'static str,
    pub reading_heading: &'static str,
    pub history_heading: &'static str,
    pub active_trap: &'static str,
    pub watch_trap: &'static str,
    pub spectrum_note: &'static str,
    pub first_result: &'static str,
    /// `{date}` `{profile}`
    pub compared_profile_changed: &'static str,
    /// `{date}`
    /// The previous result was made with an earlier version of the questions.
    pub compared_earlier: &'static str,
    pub compared: &'static str,
    pub share_heading: &'static str,
    pub share_lead: &'static str,
    pub copy_link: &'static str,
    pub share: &'static str,
    pub download_png: &'static str,
    pub download_svg: &'static str,
    pub link_copied: &'static str,
    pub copy_by_hand: &'static str,
    pub image_failed: &'static str,
    pub print_failed: &'static str,
    pub share_title: &'static str,
    pub shared_eyebrow: &'static str,
    pub shared_lead: &'static str,
    pub take_it_yourself: &'static str,
    pub damaged_title: &'static str,
    pub damaged_lead: &'static str,
    pub other_version: &'static str,
    pub start_assessment: &'static str,
    /// `{number}` `{total}`
    pub progress: &'static str,
    /// `{number}` `{count}` `{title}`
    pub section: &'static str,
    /// `{questions}` `{minutes}`
    pub length: &'static str,
    /// `{answered}` `{total}`
    pub resume: &'static str,
    pub notice_not_kept: &'static str,
    pub notice_set_aside: &'static str,
    pub notice_newer_data: &'static str,
    pub notice_save_failed: &'static str,
    pub delta_none: &'static str,
    /// `{n}`
    pub delta_up: &'static str,
    /// `{n}`
    pub delta_down: &'static str,
    /// Reading reasons. `{category}`
    pub reason_fits: &'static str,
    /// `{trap}`
    pub reason_helps: &'static str,
    /// `{dimension}` (the dimension's label as it is)
    pub reason_dimension: &'static str,
    /// For reading picked for everyone.
    pub reason_general: &'static str,
    /// The coach's note: "A note from " name [" for " team].
    pub note_from: &'static str,
    pub note_for: &'static str,
    /// Under the note of a coach who gave a reply address: the address follows it.
    pub reply_note: &'static str,
    /// `{coach}`
    pub send_to: &'static str,
    pub mail_subject: &'static str,
    /// `{team}`
    pub mail_subject_team: &'static str,
    /// `{coach}` `{profile}` `{link}`
    pub mail_body: &'static str,
    /// The card image: brand line before the date, traps line (`{traps}`), image label
    /// (`{profile}`).
    pub card_brand: &'static str,
    pub card_traps: &'static str,
    pub card_label: &'static str,
    /// Shown in place of the widget after a crash.
    pub crashed: &'static str,
    /// Joins two trap names in a sentence.
    pub and: &'static str,
    /// The verdict. `{kind}` is the kind's phrase, `{against}` trap names, `{run}` what the team is run like.
    pub verdict_fits: &'static str,
    pub verdict_mostly: &'static str,
    pub verdict_slipping: &'static str,
    pub verdict_watch: &'static str,
    /// `{kind}` and `{how}`: how the team is treated, from [`Strings::treated_like`].
    pub verdict_mismatch: &'static str,
    /// `{verbs}` ("judged and funded") and `{phrase}` ("a project factory").
    pub treated_like: &'static str,
    pub verdict_radical: &'static str,
    pub verdict_pulls: &'static str,
    pub verdict_not: &'static str,
    /// Before the answers that say so most.
    /// After the mismatch sentence, the other traps that show up strongly: `{against}`.
    pub verdict_also: &'static str,
    pub verdict_because: &'static str,
    /// A finding's "why" disclosure: `{name}`.
    pub why_named: &'static str,
    /// Beside a direct answer that another answer moved by a step: `{level}`.
    pub level_named: &'static str,
    /// The disclosure holding a further trap's move and question.
    pub what_to_try: &'static str,
    pub ask_team: &'static str,
    pub works_when: &'static str,
    pub how_scored: &'static str,
    pub top_trap_heading: &'static str,
    pub other_traps_heading: &'static str,
    pub more_heading: &'static str,
    pub earlier_title: &'static str,
    pub earlier_lead: &'static str,
    /// `{profile}` `{date}`
    pub earlier_profile: &'static str,
    pub earlier_tag: &'static str,
    /// `{level}`
    pub delta_up_from: &'static str,
    /// `{level}`
    pub delta_down_from: &'static str,
    /// `{level}`
    pub delta_same: &'static str,
    /// The last question's main button.
    pub see_result_now: &'static str,
}

/// The template with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

impl Strings {
    /// The team view's words in the same language: kept apart, so that the widget's bundle,
    /// which never shows the team view, doesn't carry them.
    pub fn team(&self) -> &'static TeamStrings {
        match self.lang {
            "de" => &DE_TEAM,
            _ => &EN_TEAM,
        }
    }

    /// "Question 3 of 16".
    pub fn progress(&self, number: usize, total: usize) -> String {
        fill(self.progress, &[("number", &number.to_string()), ("total", &total.to_string())])
    }

    /// "Part 2 of 4: How you decide".
    pub fn section(&self, number: usize, count: usize, title: &str) -> String {
        fill(self.section, &[("number", &number.to_string()), ("count", &count.to_string()), ("title", title)])
    }

    /// "16 questions · about 4 minutes".
    pub fn length(&self, questions: usize, minutes: u32) -> String {
        fill(self.length, &[("questions", &questions.to_string()), ("minutes", &minutes.to_string())])
    }

    /// The offer to continue after a reload.
    pub fn resume(&self, answered: usize, total: usize) -> String {
        fill(self.resume, &[("answered", &answered.to_string()), ("total", &total.to_string())])
    }

    /// A notice about storage.
    pub fn notice(&self, notice: crate::session::Notice) -> &'static str {
        use crate::session::Notice;
        match notice {
            Notice::NotKept => self.notice_not_kept,
            Notice::SetAside => self.notice_set_aside,
            Notice::NewerData => self.notice_newer_data,
            Notice::SaveFailed => self.notice_save_failed,
        }
    }

    /// A change in score since the previous result: "up 12".
    pub fn delta(&self, delta: i16) -> String {
        match delta {
            0 => self.delta_none.to_owned(),
            d if d > 0 => fill(self.delta_up, &[("n", &d.to_string())]),
            d => fill(self.delta_down, &[("n", &(-d).to_string())]),
        }
    }

    /// Why a shared link can't be shown.
    pub fn damaged(&self, error: &crate::share::ShareError) -> &'static str {
        use crate::share::ShareError;
        match error {
            ShareError::VersionMismatch { .. } | ShareError::UnknownFormat(_) => self.other_version,
            _ => self.damaged_lead,
        }
    }

    /// A label as it reads inside a sentence.
    pub fn in_sentence(&self, label: &str) -> String {
        if self.lowercase_in_sentences {
            label.to_ascii_lowercase()
        } else {
            label.to_owned()
        }
    }
}

impl crate::instrument::Instrument {
    /// The widget's own words in this instrument's language.
    pub fn strings(&self) -> &'static Strings {
        match self.lang.as_str() {
            "de" => german().unwrap_or(&EN),
            _ => &EN,
        }
    }
}

#[cfg(feature = "german-words")]
fn german() -> Option<&'static Strings> {
    Some(&DE)
}

/// The German words, from the German instrument file ([`provide_german`]).
#[cfg(not(feature = "german-words"))]
static PROVIDED_GERMAN: std::sync::OnceLock<&'static Strings> = std::sync::OnceLock::new();

#[cfg(not(feature = "german-words"))]
fn german() -> Option<&'static Strings> {
    PROVIDED_GERMAN.get().copied()
}

/// Takes the German words, read from the German instrument file, where they aren't compiled in;
/// words in another language are refused.
pub fn provide_german(strings: &'static Strings) -> Result<(), &'static str> {
    if strings.lang != "de" {
        return Err("the words are not German");
    }
    #[cfg(not(feature = "german-words"))]
    let _ = PROVIDED_GERMAN.set(strings);
    Ok(())
}

#[cfg(all(test, not(feature = "german-words")))]
mod provided_words {
    use super::*;

    #[test]
    fn without_its_german_words_a_german_instrument_speaks_english_until_they_are_provided() {
        assert!(german().is_none());
        assert_eq!(provide_german(&EN), Err("the words are not German"), "English words are refused");
        assert!(german().is_none());
        let german_words: &'static Strings = Box::leak(Box::new(Strings { lang: "de", ..EN }));
        assert_eq!(provide_german(german_words), Ok(()));
        assert_eq!(german().map(|words| words.lang), Some("de"));
    }
}

#[cfg(all(test, feature = "german-words"))]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_in_each_language() {
        assert_eq!(EN.progress(3, 16), "Question 3 of 16");
        assert_eq!(EN.delta(-4), "down 4");
        assert_eq!(EN.delta(0), "no change");
        assert!(DE.progress(3, 16).contains('3') && DE.progress(3, 16).contains("16"));
        assert_ne!(DE.progress(3, 16), EN.progress(3, 16));
    }

    #[test]
    fn every_template_keeps_its_placeholders_in_german() {
        let pairs = [
            (EN.compared_profile_changed, DE.compared_profile_changed),
            (EN.compared, DE.compared),
            (EN.progress, DE.progress),
            (EN.section, DE.section),
            (EN.length, DE.length),
            (EN.resume, DE.resume),
            (EN.delta_up, DE.delta_up),
            (EN.delta_down, DE.delta_down),
            (EN.reason_fits, DE.reason_fits),
            (EN.reason_helps, DE.reason_helps),
            (EN.reason_dimension, DE.reason_dimension),
            (EN.send_to, DE.send_to),
            (EN.mail_subject_team, DE.mail_subject_team),
            (EN.mail_body, DE.mail_body),
            (EN.card_traps, DE.card_traps),
            (EN.card_label, DE.card_label),
            (EN.verdict_fits, DE.verdict_fits),
            (EN.verdict_mostly, DE.verdict_mostly),
            (EN.verdict_slipping, DE.verdict_slipping),
            (EN.verdict_watch, DE.verdict_watch),
            (EN.verdict_mismatch, DE.verdict_mismatch),
            (EN.verdict_radical, DE.verdict_radical),
            (EN.verdict_pulls, DE.verdict_pulls),
            (EN.verdict_not, DE.verdict_not),
            (EN.verdict_also, DE.verdict_also),
            (EN.treated_like, DE.treated_like),
            (EN.why_named, DE.why_named),
            (EN.level_named, DE.level_named),
            (EN.earlier_profile, DE.earlier_profile),
            (EN.delta_up_from, DE.delta_up_from),
            (EN.delta_down_from, DE.delta_down_from),
            (EN_TEAM.heading, DE_TEAM.heading),
            (EN_TEAM.duplicates, DE_TEAM.duplicates),
            (EN_TEAM.strip_value, DE_TEAM.strip_value),
            (EN_TEAM.strip_scores, DE_TEAM.strip_scores),
            (EN_TEAM.member, DE_TEAM.member),
            (EN_TEAM.answer_count, DE_TEAM.answer_count),
            (EN_TEAM.image_label, DE_TEAM.image_label),
            (EN_TEAM.image_most, DE_TEAM.image_most),
        ];
        let names = |t: &str| {
            let mut found: Vec<String> =
                t.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(n, _)| n.to_owned())).collect();
            found.sort();
            found
        };
        for (en, de) in pairs {
            assert_eq!(names(en), names(de), "{de}");
        }
    }
}
