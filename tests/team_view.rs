#![cfg(not(target_arch = "wasm32"))]
//! The team view: pasted result links become one strip per dimension with a dot per person, the
//! profile each person landed in, and the questions the team disagrees on most; what can't be
//! compared is listed and left out, and the whole team travels as one link.

mod common;

use common::instrument;
use context_check::core::answers::Answers;
use context_check::core::instrument::Instrument;
use context_check::core::scoring;
use context_check::core::share::{self, SharedResult};
use context_check::core::team::{self, SkipReason};
use context_check::markup::team_image::{team_image, HEIGHT, WIDTH};
use context_check::markup::to_markup_string;
use context_check::shipped::Shipped;

/// The startup fixture with some answers changed.
fn variant(changes: &[(&str, &str)]) -> Answers {
    common::with(common::STARTUP_GROWING_FAST, changes)
}

fn link(answers: &Answers, day: u32) -> String {
    let code = share::encode(&SharedResult::new(instrument(), day, answers.clone()), instrument());
    format!("https://blog.example/post#cc-result={code}")
}

/// Five people: the team splits on how a newcomer would learn its ways of working (written down
/// against "even we'd struggle to explain"), and one person differs a little on the trend.
fn five() -> Vec<Answers> {
    vec![
        variant(&[("onboarding", "written")]),
        variant(&[("onboarding", "written")]),
        variant(&[("onboarding", "months")]),
        variant(&[("onboarding", "months"), ("trend", "better")]),
        variant(&[("onboarding", "months")]),
    ]
}

fn pasted_five() -> String {
    five().iter().enumerate().map(|(i, a)| link(a, 20_400 + i as u32)).collect::<Vec<_>>().join("\n")
}

#[test]
fn five_pasted_links_give_five_dots_on_every_dimension_and_the_median() {
    let pasted = team::read(&pasted_five(), instrument());
    assert_eq!(pasted.members.len(), 5);
    assert!(pasted.skipped.is_empty() && pasted.duplicates == 0);
    let view = team::team_view(instrument(), &pasted);
    assert_eq!(view.strips.len(), instrument().dimensions.len());
    for strip in &view.strips {
        let mut expected: Vec<u8> = five()
            .iter()
            .map(|a| scoring::score(instrument(), a).dimension(&strip.id).map_or(0, |d| d.score))
            .collect();
        assert_eq!(strip.scores, expected, "{}: one score per person, in the order pasted", strip.id);
        expected.sort_unstable();
        assert_eq!(strip.median, expected[2], "{}: the median of five is the third", strip.id);
        assert_eq!(strip.rows.len(), 5);
    }
    let awareness = view.strips.iter().find(|s| s.id == "awareness").expect("awareness strip");
    assert!(awareness.scores.iter().min() < awareness.scores.iter().max(), "the split shows on awareness");
}

/// How far apart two answers are counts everything they move: points, points in context, and
/// for a question with a level of its own ("written" against "months" for onboarding), the
/// levels they name.
#[test]
fn the_largest_divergence_comes_first_with_its_answers_and_a_conversation_prompt() {
    let view = team::team_view(instrument(), &team::read(&pasted_five(), instrument()));
    let first = view.divergences.first().expect("the team disagrees somewhere");
    assert_eq!(first.question, "onboarding");
    let onboarding = instrument().question_by_id("onboarding").expect("onboarding").question;
    let written = &onboarding.choice("written").expect("written").label;
    assert_eq!(first.answers[0].0, "3 of 5", "most chosen answer first");
    assert_eq!(&first.answers[1], &("2 of 5".to_owned(), written.clone()));
    assert!(first.discuss.contains("describe how the team works"), "{}", first.discuss);
    assert_eq!(view.divergences.len(), 2, "only questions with different answers are named");
    assert_eq!(view.divergences[1].question, "trend");
    assert!(view.divergences[0].spread > view.divergences[1].spread);
}

#[test]
fn at_most_three_divergences_are_named_widest_apart_first() {
    let team = [
        variant(&[]),
        variant(&[("process", "one_way"), ("focus", "more"), ("roi", "never"), ("scope", "arrives_fixed")]),
    ];
    let text = team.iter().map(|a| link(a, 20_000)).collect::<Vec<_>>().join(" ");
    let view = team::team_view(instrument(), &team::read(&text, instrument()));
    assert_eq!(view.divergences.len(), 3);
    assert!(view.divergences.windows(2).all(|w| w[0].spread >= w[1].spread));
}

#[test]
fn a_team_that_answered_alike_has_no_divergences() {
    let same = link(&variant(&[]), 20_000);
    let other_day = link(&variant(&[]), 20_001);
    let view = team::team_view(instrument(), &team::read(&format!("{same}\n{other_day}"), instrument()));
    assert_eq!(view.count, 2, "the same answers on another day are another person");
    assert!(view.divergences.is_empty(), "the page says the team agrees");
    assert_eq!(view.strips.len(), instrument().dimensions.len());
}

#[test]
fn invalid_links_are_listed_and_skipped_and_duplicates_count_once() {
    let good = link(&variant(&[]), 20_000);
    let other = link(&variant(&[("onboarding", "months")]), 20_000);
    let tampered = {
        let mut chars: Vec<char> = other.chars().collect();
        let last = chars.len() - 3;
        chars[last] = if chars[last] == 'A' { 'B' } else { 'A' };
        chars.into_iter().collect::<String>()
    };
    let text = format!("{good}\n{good}\nnot a link\n{tampered}\nhttps://example.com/page\nAda: <{other}>");
    let pasted = team::read(&text, instrument());
    assert_eq!(pasted.members.len(), 2);
    assert_eq!(pasted.duplicates, 1);
    let reasons: Vec<SkipReason> = pasted.skipped.iter().map(|s| s.reason).collect();
    assert_eq!(reasons, vec![SkipReason::NotALink, SkipReason::Damaged, SkipReason::NotALink]);
    assert_eq!(pasted.skipped[0].text, "not a link", "a line without a link is reported once, whole");
    assert!(pasted.skipped[1].text.chars().count() <= 48 && pasted.skipped[1].text.ends_with('…'));
    let view = team::team_view(instrument(), &pasted);
    let t = instrument().strings().team();
    let listed: Vec<&str> = view.skipped.iter().map(|s| s.reason).collect();
    assert_eq!(listed, vec![t.skip_not_a_link, t.skip_damaged, t.skip_not_a_link], "each is listed, with why");
    assert_eq!(view.skipped[0].text, "not a link");
    assert_eq!(view.duplicates, 1, "the page says one result was pasted twice");
    assert_eq!(view.count, 2);
}

#[test]
fn two_people_with_the_same_answers_on_the_same_day_both_count_and_one_result_twice_counts_once() {
    let same = variant(&[]);
    let tagged = |tag: u16| {
        let code = share::encode(&SharedResult::new(instrument(), 20_000, same.clone()).tagged(tag), instrument());
        format!("#cc-result={code}")
    };
    let pasted = team::read(&[tagged(11), tagged(12), tagged(11)].join("\n"), instrument());
    assert_eq!((pasted.members.len(), pasted.duplicates), (2, 1));
    let code = team::team_code(&pasted.members, instrument()).expect("a team of two");
    assert_eq!(team::read(&code, instrument()).members, pasted.members, "the team link keeps both");
}

#[test]
fn results_from_another_version_of_the_questions_are_refused_with_a_message() {
    let mut old = SharedResult::new(instrument(), 20_000, variant(&[]));
    old.instrument_version += 1;
    let old_link = format!("#cc-result={}", share::encode(&old, instrument()));
    let text = format!("{}\n{old_link}\n{}", link(&variant(&[]), 1), link(&variant(&[]), 2));
    let pasted = team::read(&text, instrument());
    assert_eq!(pasted.members.len(), 2);
    assert_eq!(pasted.skipped.len(), 1);
    assert_eq!(pasted.skipped[0].reason, SkipReason::OtherVersion);
    let view = team::team_view(instrument(), &pasted);
    assert_eq!(view.skipped[0].reason, instrument().strings().team().skip_other_version);
}

#[test]
fn results_made_with_the_earlier_version_are_named_as_such_and_left_out_of_the_comparison() {
    let mut earlier = SharedResult::new(instrument(), 20_000, variant(&[]));
    earlier.instrument_version -= 1;
    let earlier_link = format!("#cc-result={}", share::encode(&earlier, instrument()));
    let text = format!("{}\n{earlier_link}\n{}", link(&variant(&[]), 1), link(&variant(&[]), 2));
    let pasted = team::read(&text, instrument());
    assert_eq!(pasted.members.len(), 2, "only results of the current version are compared");
    assert_eq!(pasted.skipped.len(), 1);
    assert_eq!(pasted.skipped[0].reason, SkipReason::EarlierVersion);
    let view = team::team_view(instrument(), &pasted);
    assert_eq!(view.skipped[0].reason, instrument().strings().team().skip_earlier_version);
    assert!(view.skipped[0].reason.contains("earlier version"), "{}", view.skipped[0].reason);
}

#[test]
fn bare_codes_named_widget_links_and_team_links_are_all_read() {
    let a = share::encode(&SharedResult::new(instrument(), 1, variant(&[])), instrument());
    let b = share::encode(&SharedResult::new(instrument(), 2, variant(&[("focus", "one")])), instrument());
    let c = share::encode(&SharedResult::new(instrument(), 3, variant(&[("focus", "more")])), instrument());
    let text = format!("{a}, https://x.example/#top&cc-result-team-a={b}\n\"#cc-result={c}\"");
    let pasted = team::read(&text, instrument());
    assert_eq!(pasted.members.len(), 3, "{:?}", pasted.skipped);

    let code = team::team_code(&pasted.members, instrument()).expect("three is a team");
    let again = team::read(&format!("https://coach.example/team.html#cc-team={code}"), instrument());
    assert_eq!(again.members, pasted.members, "a team link carries every member, in order");
    assert_eq!(team::read(&code, instrument()).members, pasted.members, "a bare team code too");
    let merged = team::read(&format!("#cc-team={code} {a}"), instrument());
    assert_eq!((merged.members.len(), merged.duplicates), (3, 1));
}

#[test]
fn past_thirty_results_the_rest_are_left_out_and_one_result_is_not_a_team() {
    let links: Vec<String> = (0..32).map(|day| link(&variant(&[]), day)).collect();
    let pasted = team::read(&links.join("\n"), instrument());
    assert_eq!(pasted.members.len(), 30);
    assert_eq!(pasted.skipped.iter().filter(|s| s.reason == SkipReason::TooMany).count(), 2);
    assert!(team::team_code(&pasted.members, instrument()).is_some());

    let one = team::read(&links[0], instrument());
    assert!(team::team_code(&one.members, instrument()).is_none());
    let view = team::team_view(instrument(), &one);
    assert_eq!(view.count, 1, "the page asks for more results and draws no strips");
    assert!(view.divergences.is_empty() && view.skipped.is_empty());
}

/// Fails with the spread bug described at `the_largest_divergence_comes_first_with_its_answers_and_a_conversation_prompt`.
#[test]
fn the_page_shows_five_dots_per_strip_and_the_image_is_a_self_contained_card() {
    let view = team::team_view(instrument(), &team::read(&pasted_five(), instrument()));
    assert_eq!(view.count, 5);
    assert_eq!(view.strips.len(), 7);
    for strip in &view.strips {
        assert_eq!((strip.scores.len(), strip.rows.len()), (5, 5), "{}: a dot per person", strip.id);
        assert!(strip.value.contains(&strip.median.to_string()), "{}: {}", strip.id, strip.value);
    }
    assert_eq!(view.members.len(), 5);
    assert_eq!(view.members[0].name, "Result 1");
    assert_eq!(view.members[4].finished_at, 20_404 * 86_400_000, "the day each result was taken");
    let image = to_markup_string(&team_image(instrument().strings(), &view, "1 Jan 2026"));
    assert!(image.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(image.contains(&format!("width=\"{WIDTH}\"")) && image.contains(&format!("height=\"{HEIGHT}\"")));
    assert!(!image.contains("href"), "no external fonts or images");
    assert!(image.contains("Learning how the team works"), "the largest divergence is named");
}

/// Fails with the spread bug described at `the_largest_divergence_comes_first_with_its_answers_and_a_conversation_prompt`.
#[test]
fn the_team_view_speaks_the_readers_language_whatever_language_the_links_came_from() {
    let german = Instrument::shipped_in(context_check::core::options::Locale::De).expect("German");
    let view = team::team_view(german, &team::read(&pasted_five(), german));
    assert_eq!(view.members[0].name, "Ergebnis 1");
    assert!(view.divergences[0].discuss.starts_with("Bitte jede Person"));
    assert_eq!(view.divergences[0].answers[0].0, "3 von 5");
}
