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
    let view = team::team_view(instrument(), &pasted, true);
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
    let view = team::team_view(instrument(), &team::read(&pasted_five(), instrument()), true);
    let first = view.divergences.first().expect("the team disagrees somewhere");
    assert_eq!(first.question, "onboarding");
    let onboarding = instrument().question_by_id("onboarding").expect("onboarding").question;
    let written = &onboarding.choice("written").expect("written").label;
    assert_eq!(first.answers[0].count, "3 of 5", "most chosen answer first");
    assert_eq!((first.answers[1].count.as_str(), &first.answers[1].label), ("2 of 5", written));
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
    let view = team::team_view(instrument(), &team::read(&text, instrument()), true);
    assert_eq!(view.divergences.len(), 3);
    assert!(view.divergences.windows(2).all(|w| w[0].spread >= w[1].spread));
}

#[test]
fn a_team_that_answered_alike_has_no_divergences() {
    let same = link(&variant(&[]), 20_000);
    let other_day = link(&variant(&[]), 20_001);
    let view = team::team_view(instrument(), &team::read(&format!("{same}\n{other_day}"), instrument()), true);
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
    // A note of more than three words is not read as the next result's name.
    let text =
        format!("{good}\n{good}\nthese came back on Friday\n{tampered}\nhttps://example.com/page\nAda: <{other}>");
    let pasted = team::read(&text, instrument());
    assert_eq!(pasted.members.len(), 2);
    assert_eq!(pasted.duplicates, 1);
    let reasons: Vec<SkipReason> = pasted.skipped.iter().map(|s| s.reason).collect();
    assert_eq!(reasons, vec![SkipReason::NotALink, SkipReason::Damaged, SkipReason::NotALink]);
    assert_eq!(pasted.skipped[0].text, "these came back on Friday", "a line without a link is reported once, whole");
    assert!(pasted.skipped[1].text.chars().count() <= 48 && pasted.skipped[1].text.ends_with('…'));
    let view = team::team_view(instrument(), &pasted, true);
    let t = instrument().strings().team();
    let listed: Vec<&str> = view.skipped.iter().map(|s| s.reason).collect();
    assert_eq!(listed, vec![t.skip_not_a_link, t.skip_damaged, t.skip_not_a_link], "each is listed, with why");
    assert_eq!(view.skipped[0].text, "these came back on Friday");
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
    let code = team::team_code(&pasted.bundle(instrument()), instrument()).expect("a team of two");
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
    let view = team::team_view(instrument(), &pasted, true);
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
    let view = team::team_view(instrument(), &pasted, true);
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

    let code = team::team_code(&pasted.bundle(instrument()), instrument()).expect("three is a team");
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
    assert!(team::team_code(&pasted.bundle(instrument()), instrument()).is_some());

    let one = team::read(&links[0], instrument());
    assert!(team::team_code(&one.bundle(instrument()), instrument()).is_none());
    let view = team::team_view(instrument(), &one, true);
    assert_eq!(view.count, 1, "the page asks for more results and draws no strips");
    assert!(view.divergences.is_empty() && view.skipped.is_empty());
}

/// Fails with the spread bug described at `the_largest_divergence_comes_first_with_its_answers_and_a_conversation_prompt`.
#[test]
fn the_page_shows_five_dots_per_strip_and_the_image_is_a_self_contained_card() {
    let view = team::team_view(instrument(), &team::read(&pasted_five(), instrument()), true);
    assert_eq!(view.count, 5);
    assert_eq!(view.strips.len(), 7);
    for strip in &view.strips {
        assert_eq!((strip.scores.len(), strip.rows.len()), (5, 5), "{}: a dot per person", strip.id);
        assert!(strip.value.contains(&strip.median.to_string()), "{}: {}", strip.id, strip.value);
    }
    assert_eq!(view.members.len(), 5);
    assert_eq!(view.members[0].name, "Person 1");
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
    let view = team::team_view(german, &team::read(&pasted_five(), german), true);
    assert_eq!(view.members[0].name, "Person 1");
    assert!(view.divergences[0].discuss.starts_with("Bitte jede Person"));
    assert_eq!(view.divergences[0].answers[0].count, "3 von 5");
}

/// Four people who see a platform team, and one who sees a project factory.
fn four_platform_one_factory() -> Vec<Answers> {
    let platform = common::PLATFORM_OTHERS_BUILD_ON;
    vec![
        common::complete(platform),
        common::with(platform, &[("onboarding", "written")]),
        common::complete(platform),
        common::with(platform, &[("trend", "better")]),
        common::complete(common::PROJECT_FACTORY),
    ]
}

fn named_five() -> String {
    let people = four_platform_one_factory();
    let links: Vec<String> = people.iter().enumerate().map(|(i, a)| link(a, 20_400 + i as u32)).collect();
    format!("Maria: {}\n{} (Jo)\nSam\n{}\n{}\nAda Lovelace – {}", links[0], links[1], links[2], links[3], links[4])
}

#[test]
fn a_name_beside_a_link_or_alone_on_the_line_before_labels_that_person() {
    let pasted = team::read(&named_five(), instrument());
    let names: Vec<Option<&str>> = pasted.members.iter().map(|m| m.name.as_deref()).collect();
    assert_eq!(names, vec![Some("Maria"), Some("Jo"), Some("Sam"), None, Some("Ada Lovelace")]);
    assert!(pasted.skipped.is_empty(), "a name line is not reported: {:?}", pasted.skipped);
    let view = team::team_view(instrument(), &pasted, true);
    let shown: Vec<&str> = view.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(shown, vec!["Maria", "Jo", "Sam", "Person 4", "Ada Lovelace"]);
    assert!(view.has_names && view.named);
    let awareness = view.strips.iter().find(|s| s.id == "awareness").expect("awareness");
    assert!(awareness.scores_text.contains("Maria "), "{}", awareness.scores_text);
}

#[test]
fn hidden_names_leave_the_view_and_the_team_link_and_a_name_follows_a_result_given_twice() {
    let pasted = team::read(&named_five(), instrument());
    let view = team::team_view(instrument(), &pasted, false);
    assert!(view.has_names && !view.named);
    let shown: Vec<&str> = view.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(shown, vec!["Person 1", "Person 2", "Person 3", "Person 4", "Person 5"]);
    assert!(view.summary.kinds.iter().all(|k| k.who.is_empty()), "no names in the summary");
    let everything = format!("{view:?}");
    for name in ["Maria", "Jo", "Sam", "Ada"] {
        assert!(!everything.contains(name), "{name} is hidden everywhere");
    }

    // The same result pasted bare and then with a name takes the name.
    let first = link(&four_platform_one_factory()[3], 20_403);
    let again = team::read(&format!("{first}\nKim: {first}"), instrument());
    assert_eq!((again.members.len(), again.duplicates), (1, 1));
    assert_eq!(again.members[0].name.as_deref(), Some("Kim"));
}

#[test]
fn a_team_link_carries_its_name_and_each_person_s_name_back_to_the_view() {
    let mut pasted = team::read(&named_five(), instrument());
    pasted.label = Some("Platform".into());
    let code = team::team_code(&pasted.bundle(instrument()), instrument()).expect("five is a team");
    let again = team::read(&format!("https://coach.example/team.html#cc-team={code}"), instrument());
    assert_eq!(again.members, pasted.members);
    assert_eq!(again.label.as_deref(), Some("Platform"));
    let view = team::team_view(instrument(), &again, true);
    assert_eq!(view.heading, "Platform: 5 results compared");
}

#[test]
fn when_people_see_different_kinds_of_team_the_summary_says_so_first_with_the_conversation_to_have() {
    let view = team::team_view(instrument(), &team::read(&named_five(), instrument()), true);
    let kinds: Vec<(&str, usize)> = view.summary.kinds.iter().map(|k| (k.label.as_str(), k.people)).collect();
    let platform = context_check::core::view::profile_name(instrument(), "platform");
    let factory = context_check::core::view::profile_name(instrument(), "project_factory");
    assert_eq!(kinds, vec![(platform.as_str(), 4), (factory.as_str(), 1)]);
    assert_eq!(view.summary.kinds[0].count, "4 of 5");
    assert_eq!(view.summary.kinds[1].who, vec!["Ada Lovelace".to_owned()], "who named the other kind");
    let split = view.summary.kind_split.as_ref().expect("a callout when the kinds differ");
    assert!(split.text.starts_with(&format!("4 {platform}, 1 {factory}.")), "{}", split.text);
    assert!(split.ask.contains("which kind each piece was"), "{}", split.ask);
    assert_eq!(view.summary.kinds_agree, None);

    let agreeing = team::team_view(instrument(), &team::read(&pasted_five(), instrument()), true);
    assert!(agreeing.summary.kind_split.is_none());
    let kind = &agreeing.summary.kinds[0].label;
    assert_eq!(agreeing.summary.kinds_agree, Some(format!("Everyone sees a {kind} team.")));
}

#[test]
fn the_summary_counts_the_traps_people_share_the_levels_where_they_split_and_the_moves_that_come_up_most() {
    let people = four_platform_one_factory();
    let view = team::team_view(instrument(), &team::read(&named_five(), instrument()), true);
    let outcomes: Vec<_> = people.iter().map(|a| scoring::score(instrument(), a)).collect();
    for shared in &view.summary.traps {
        let trap = instrument().traps.iter().find(|t| t.name == shared.label).expect("a trap of the instrument");
        let active = outcomes.iter().filter(|o| o.trap(&trap.id).is_some_and(|t| t.active)).count();
        assert_eq!(shared.people, active, "{}: counted from each person's result", trap.id);
        assert!(active > 0);
    }
    assert!(view.summary.traps.windows(2).all(|w| w[0].people >= w[1].people), "most shared first");
    let any_active = outcomes.iter().any(|o| o.all_traps.iter().any(|t| t.active));
    assert_eq!(view.summary.traps.is_empty(), !any_active);

    for split in &view.summary.splits {
        let dim = instrument().dimension(&split.dimension).expect("a dimension");
        let levels: std::collections::BTreeSet<usize> =
            outcomes.iter().map(|o| o.dimension(&dim.id).expect("scored").level).collect();
        assert_eq!(split.levels.len(), levels.len(), "{}: one count per level someone chose", dim.id);
        assert!(split.levels.len() >= 2);
        assert_eq!(split.levels.iter().map(|l| l.people).sum::<usize>(), 5);
    }
    let kind_dims: Vec<&str> = view.summary.splits.iter().map(|s| s.dimension.as_str()).collect();
    assert!(!kind_dims.is_empty(), "a platform and a project factory differ somewhere");
    assert!(kind_dims.len() <= team::view::SPLITS);
    let gap = |split: &team::LevelSplitView| {
        let dim = instrument().dimension(&split.dimension).expect("a dimension");
        let levels: Vec<usize> =
            split.levels.iter().filter_map(|l| dim.levels.iter().position(|level| level.name == l.label)).collect();
        levels.iter().max().unwrap_or(&0) - levels.iter().min().unwrap_or(&0)
    };
    assert!(view.summary.splits.windows(2).all(|w| gap(&w[0]) >= gap(&w[1])), "widest apart first");

    assert!(!view.summary.moves.is_empty() && view.summary.moves.len() <= team::view::MOVES);
    let platform = instrument().lenses[0].category("platform").expect("platform");
    assert_eq!(view.summary.moves[0].text, platform.try_next, "four people's kind's move comes up most");
    assert_eq!(view.summary.moves[0].count, "4 of 5");
}

#[test]
fn each_strip_shows_its_dimension_s_levels_as_named_bands_and_the_median_s_level() {
    let view = team::team_view(instrument(), &team::read(&pasted_five(), instrument()), true);
    for strip in &view.strips {
        let dim = instrument().dimension(&strip.id).expect("a dimension");
        let names: Vec<&str> = strip.bands.iter().map(|b| b.name.as_str()).collect();
        let levels: Vec<&str> = dim.levels.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, levels, "{}", strip.id);
        assert_eq!(strip.bands.first().map(|b| b.from), Some(0));
        assert_eq!(strip.bands.last().map(|b| b.to), Some(101));
        assert!(strip.bands.windows(2).all(|w| w[0].to == w[1].from), "{}: bands meet", strip.id);
        let median_level = &dim.levels[dim.level_index(strip.median)].name;
        assert!(strip.value.contains(median_level.as_str()), "{}: {}", strip.id, strip.value);
    }
}

#[test]
fn each_person_s_result_opens_from_the_team_view_as_their_own_result_link() {
    let pasted = team::read(&named_five(), instrument());
    let view = team::team_view(instrument(), &pasted, true);
    for (member, shown) in pasted.members.iter().zip(&view.members) {
        let read = share::decode(&shown.result_code, instrument()).expect("a result link");
        assert_eq!((read.finished_on, read.tag, &read.answers), (member.finished_on, member.tag, &member.answers));
    }
}

#[test]
fn a_kept_team_with_its_decision_replaces_the_same_team_kept_before_and_bad_lines_are_left_out() {
    use context_check::core::share::Decision;
    use context_check::core::team::saved;
    let mut pasted = team::read(&named_five(), instrument());
    pasted.label = Some("Platform".into());
    pasted.decision = Some(Decision { text: "Post side decisions".into(), look_again_on: Some(20_500) });
    let first = pasted.bundle(instrument());
    let first_code = team::team_code(&first, instrument()).expect("a team");
    let raw = saved::with("", &first, &first_code, instrument());

    let other = team::read(&pasted_five(), instrument()).bundle(instrument());
    let other_code = team::team_code(&other, instrument()).expect("a team");
    let raw = saved::with(&format!("{raw}\nnot a team link"), &other, &other_code, instrument());
    assert!(raw.contains("not a team link"), "kept as it is");
    let kept = saved::read(&raw, instrument());
    assert_eq!(
        kept.iter().map(|s| s.code.as_str()).collect::<Vec<_>>(),
        vec![&other_code, &first_code],
        "newest first"
    );

    // The same people again, with a new decision: one entry, first.
    pasted.decision = Some(Decision { text: "Write the process down".into(), look_again_on: None });
    let again = pasted.bundle(instrument());
    let again_code = team::team_code(&again, instrument()).expect("a team");
    let raw = saved::with(&raw, &again, &again_code, instrument());
    let views = team::saved_views(instrument(), &saved::read(&raw, instrument()));
    assert_eq!(views.len(), 2);
    assert_eq!(views[0].label, "Platform");
    assert_eq!(views[0].decision.as_deref(), Some("Write the process down"));
    assert_eq!(views[0].look_again_on, None);
    assert_eq!(views[1].label, "A team of 5", "a team without a name");

    let raw = saved::without(&raw, &again_code);
    assert_eq!(saved::read(&raw, instrument()).len(), 1);
    assert!(raw.contains("not a team link"), "a line this page can't read is kept, not erased");
}

#[test]
fn at_most_twenty_teams_are_kept_and_the_oldest_go_first() {
    use context_check::core::team::saved;
    let mut raw = String::new();
    for day in 0..25u32 {
        let links: Vec<String> = five().iter().map(|a| link(a, 20_000 + day)).collect();
        let bundle = team::read(&links.join("\n"), instrument()).bundle(instrument());
        let code = team::team_code(&bundle, instrument()).expect("a team");
        raw = saved::with(&raw, &bundle, &code, instrument());
    }
    let kept = saved::read(&raw, instrument());
    assert_eq!(kept.len(), saved::MAX_SAVED);
    assert_eq!(kept[0].team.members[0].finished_on, 20_024, "the newest first");
    assert_eq!(kept[19].team.members[0].finished_on, 20_005);
}

#[test]
fn an_earlier_team_beside_this_one_shows_each_dimension_s_median_then_and_now_and_each_person_named_in_both() {
    use context_check::core::team::compare::compare;
    let before = team::read(&named_five(), instrument());
    let earlier = before.bundle(instrument());
    // Next quarter: Maria and Jo answered again, differently; Sam and two unnamed people too.
    let people = four_platform_one_factory();
    let now_links = [
        format!(
            "Maria: {}",
            link(&common::with(common::PLATFORM_OTHERS_BUILD_ON, &[("onboarding", "written")]), 20_500)
        ),
        format!("Jo: {}", link(&people[1], 20_501)),
        link(&people[2], 20_502),
        link(&people[3], 20_503),
    ];
    let now = team::read(&now_links.join("\n"), instrument());
    let view = compare(instrument(), &earlier, &now.members, true);
    assert_eq!(view.matched, 2, "Maria and Jo are named in both");
    assert_eq!(view.dimensions.len(), instrument().dimensions.len());
    let before_outcomes: Vec<_> = before.members.iter().map(|m| scoring::score(instrument(), &m.answers)).collect();
    for moved in &view.dimensions {
        let then: Vec<u8> = before_outcomes.iter().map(|o| o.dimension(&moved.id).map_or(0, |d| d.score)).collect();
        assert_eq!(moved.before, context_check::core::team::spread::median(&then), "{}", moved.id);
        assert_eq!(moved.people.len(), 2, "{}: a line per person named in both", moved.id);
        assert!(moved.people[0].starts_with("Maria "), "{:?}", moved.people);
        let expected = match moved.now.cmp(&moved.before) {
            std::cmp::Ordering::Greater => format!("up {}", moved.now - moved.before),
            std::cmp::Ordering::Less => format!("down {}", moved.before - moved.now),
            std::cmp::Ordering::Equal => "no change".to_owned(),
        };
        assert_eq!(moved.change, expected);
    }
    let awareness = view.dimensions.iter().find(|d| d.id == "awareness").expect("awareness");
    assert!(awareness.text.contains('→'), "{}", awareness.text);
    assert_eq!(view.heading, "Since the earlier team (5 results)");

    let hidden = compare(instrument(), &earlier, &now.members, false);
    assert_eq!(hidden.matched, 0, "with names hidden nobody is matched");
    assert!(hidden.dimensions.iter().all(|d| d.people.is_empty()));
}

#[test]
fn with_names_hidden_a_skipped_link_shows_without_its_name_and_a_lone_name_not_at_all() {
    let good = link(&five()[0], 20_400);
    let other = link(&five()[1], 20_401);
    let damaged = format!("{}AAAA", &link(&five()[2], 20_402)[..60]);
    let text = format!("Maria: {good}\nJo: {other}\nKim: {damaged}\nSam\n");
    let pasted = team::read(&text, instrument());
    let shown = team::team_view(instrument(), &pasted, true);
    let texts: Vec<&str> = shown.skipped.iter().map(|s| s.text.as_str()).collect();
    assert!(texts[0].starts_with("Kim: "), "{texts:?}");
    assert_eq!(texts[1], "Sam", "a name with no link after it is reported");
    let hidden = team::team_view(instrument(), &pasted, false);
    assert_eq!(hidden.skipped.len(), 1, "the lone name is not listed");
    assert!(!format!("{hidden:?}").contains("Kim") && !format!("{hidden:?}").contains("Sam"));
}

#[test]
fn past_a_hundred_pieces_of_pasted_text_the_rest_is_left_out_with_one_line_saying_so() {
    let notes: Vec<String> = (0..150).map(|i| format!("a note of more words, number {i}")).collect();
    let pasted = team::read(&format!("{}\n{}", notes.join("\n"), link(&five()[0], 20_400)), instrument());
    assert_eq!(pasted.skipped.len(), team::paste::MAX_PIECES + 1);
    assert_eq!(pasted.skipped.last().map(|s| s.reason), Some(SkipReason::PastTheEnd));
    assert!(pasted.members.is_empty(), "the link past the end is not read");
}
