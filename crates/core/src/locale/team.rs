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
    /// `{count}`
    pub duplicates: &'static str,
    pub skipped_heading: &'static str,
    pub skip_not_a_link: &'static str,
    pub skip_damaged: &'static str,
    pub skip_other_version: &'static str,
    pub skip_earlier_version: &'static str,
    pub skip_other_questionnaire: &'static str,
    pub skip_too_many: &'static str,
    pub strips_heading: &'static str,
    pub strips_lead: &'static str,
    /// `{median}` `{low}` `{high}`
    pub strip_value: &'static str,
    /// `{scores}`
    pub strip_scores: &'static str,
    pub profiles_heading: &'static str,
    /// `{number}`
    pub member: &'static str,
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
