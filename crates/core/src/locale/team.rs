//! The team view's words (see `core::team`).

/// Every string the team view shows, in one language.
#[derive(Debug)]
pub struct TeamStrings {
    pub title: &'static str,
    pub lead: &'static str,
    pub links_label: &'static str,
    pub links_help: &'static str,
    pub compare: &'static str,
    pub need_more: &'static str,
    /// `{count}`
    pub heading: &'static str,
    /// `{team}` `{count}`
    pub heading_team: &'static str,
    pub team_label: &'static str,
    pub team_label_help: &'static str,
    /// The summary of a team link the page was opened with, over the form to add more.
    pub add_more: &'static str,
    /// `{count}`
    pub duplicates: &'static str,
    pub skipped_heading: &'static str,
    pub skip_not_a_link: &'static str,
    pub skip_damaged: &'static str,
    pub skip_other_version: &'static str,
    pub skip_earlier_version: &'static str,
    pub skip_other_questionnaire: &'static str,
    pub skip_too_many: &'static str,
    pub skip_past_the_end: &'static str,
    pub strips_heading: &'static str,
    pub strips_lead: &'static str,
    /// `{median}` `{level}` `{low}` `{high}`
    pub strip_value: &'static str,
    /// `{scores}`
    pub strip_scores: &'static str,
    /// `{who}` `{score}` `{level}`
    pub strip_person: &'static str,
    pub profiles_heading: &'static str,
    /// `{number}`
    pub member: &'static str,
    pub summary_heading: &'static str,
    pub kinds_heading: &'static str,
    /// `{kind}`
    pub kinds_agree: &'static str,
    pub kinds_split_title: &'static str,
    /// `{kinds}`: a list of [`TeamStrings::kind_said`].
    pub kinds_split: &'static str,
    pub kinds_split_ask: &'static str,
    /// `{count}` `{kind}`
    pub kind_said: &'static str,
    pub traps_heading: &'static str,
    pub traps_none: &'static str,
    pub splits_heading: &'static str,
    pub splits_none: &'static str,
    pub moves_heading: &'static str,
    pub names_legend: &'static str,
    pub names_show: &'static str,
    pub names_hide: &'static str,
    pub names_note: &'static str,
    /// The link to a person's result; screen readers hear the person's name after it.
    pub open_result_short: &'static str,
    pub decision_heading: &'static str,
    pub decision_lead: &'static str,
    pub decision_label: &'static str,
    pub look_again_label: &'static str,
    pub decision_keep: &'static str,
    pub decision_kept: &'static str,
    pub pick_move: &'static str,
    /// `{date}`
    pub look_again_on: &'static str,
    pub saved_heading: &'static str,
    pub saved_lead: &'static str,
    /// `{count}`
    pub saved_unnamed: &'static str,
    pub saved_open: &'static str,
    pub saved_forget: &'static str,
    pub session_open: &'static str,
    pub session_label: &'static str,
    /// `{number}` `{total}`
    pub session_step: &'static str,
    pub session_previous: &'static str,
    pub session_next: &'static str,
    pub session_close: &'static str,
    pub session_keys: &'static str,
    pub guide_print: &'static str,
    pub guide_heading: &'static str,
    pub guide_lead: &'static str,
    /// `{minutes}`
    pub minutes: &'static str,
    pub agenda_context: &'static str,
    pub agenda_context_text: &'static str,
    pub agenda_splits: &'static str,
    pub agenda_splits_text: &'static str,
    pub agenda_move: &'static str,
    pub agenda_move_text: &'static str,
    pub guide_notes: &'static str,
    pub compare_title: &'static str,
    pub compare_lead: &'static str,
    pub compare_with: &'static str,
    pub compare_paste: &'static str,
    pub compare_button: &'static str,
    pub compare_bad: &'static str,
    pub compare_stop: &'static str,
    /// `{team}` `{count}`
    pub compare_heading_team: &'static str,
    /// `{count}`
    pub compare_heading: &'static str,
    /// `{before}` `{before_level}` `{now}` `{now_level}`
    pub median_moved: &'static str,
    /// `{points}`
    pub moved_up: &'static str,
    /// `{points}`
    pub moved_down: &'static str,
    pub moved_none: &'static str,
    /// `{who}` `{before}` `{now}`
    pub person_moved: &'static str,
    pub divergence_heading: &'static str,
    pub divergence_lead: &'static str,
    pub agrees: &'static str,
    /// `{count}` `{total}`
    pub answer_count: &'static str,
    pub ask: &'static str,
    pub share_heading: &'static str,
    pub share_lead: &'static str,
    pub copy_link: &'static str,
    pub image_brand: &'static str,
    /// `{count}`
    pub image_label: &'static str,
    /// `{question}`
    pub image_most: &'static str,
}
