//! What the page's URL fragment brought the widget: nothing, someone's shared result, or a link
//! that can't be read. Only the widget's own key is read; the host's fragment is left alone.

use crate::instrument::Instrument;
use crate::session::Opening;
use crate::share::{self, ShareError, SharedResult, RESULT_KEY, START_KEY};

/// How a visit opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// The visitor's own assessment, as storage has it.
    Own,
    /// A result someone shared, shown read-only.
    Shared(SharedResult),
    /// A result made with an earlier version of the questions: never shown as damaged, but as
    /// what it is, with the offer to take the check again.
    Earlier { version: u32 },
    /// A link under our key that can't be read.
    Damaged(ShareError),
}

/// The fragment key for shared results: `cc-result`, or `cc-result-<instance>` for a named
/// instance, so two widgets on one page never both take one link.
pub fn result_key(instance: Option<&str>) -> String {
    match instance {
        Some(name) => format!("{RESULT_KEY}-{name}"),
        None => RESULT_KEY.to_owned(),
    }
}

/// The fragment key for an answer chosen in an email: `cc-start`, or `cc-start-<instance>`.
pub fn start_key(instance: Option<&str>) -> String {
    match instance {
        Some(name) => format!("{START_KEY}-{name}"),
        None => START_KEY.to_owned(),
    }
}

/// The longest id a start value may name; the instruments' ids are far shorter.
const MAX_ID: usize = 64;

/// How a visit opens when the fragment (with or without its `#`) carries an email's answer under
/// `key`: `<question id>:<option id>` (the `:` may come percent-encoded, as some mail services
/// rewrite it), naming a question of this instrument and one of its options. Anything else opens
/// as `otherwise` (the host's `start`), as a visit without it would.
pub fn opening(fragment: &str, key: &str, instrument: &Instrument, otherwise: Opening) -> Opening {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(value) = share::param(fragment, key) else { return otherwise };
    let value = value.replacen("%3A", ":", 1).replacen("%3a", ":", 1);
    let Some((question, option)) = value.split_once(':') else { return otherwise };
    if question.len() > MAX_ID || option.len() > MAX_ID {
        return otherwise;
    }
    let Some(placed) = instrument.question_by_id(question) else { return otherwise };
    match placed.question.options.iter().position(|o| o.id == option) {
        Some(option) => Opening::Answered { question: placed.index, option },
        None => otherwise,
    }
}

/// Reads the fragment (with or without its `#`).
pub fn arrival(fragment: &str, key: &str, instrument: &Instrument) -> Arrival {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    match share::param(fragment, key) {
        None => Arrival::Own,
        Some(code) => match share::decode(code, instrument) {
            Ok(result) => Arrival::Shared(result),
            Err(ShareError::VersionMismatch { found, expected }) if found < expected => {
                Arrival::Earlier { version: found }
            }
            Err(error) => Arrival::Damaged(error),
        },
    }
}

/// A page URL with the result link's key set to `code`, keeping everything else, the host's own
/// fragment pieces included.
pub fn link_to(page_url: &str, key: &str, code: &str) -> String {
    let (base, fragment) = page_url.split_once('#').unwrap_or((page_url, ""));
    format!("{base}#{}", share::with_param(fragment, key, code))
}

/// The folder of the hosted check's share pages, one per profile (`make dist` writes
/// `r/<profile>/index.html`, whose link preview shows that profile's card).
pub const PROFILE_PAGES: &str = "r/";

/// The page a link shared from `page_url` goes to, when `page_url` is the hosted check at `root`
/// (its root, `index.html`, or a profile page): the root, or with `profile`, that profile's share
/// page, keeping the query and fragment. `None` for any other page, whose links stay as they are.
pub fn share_page(page_url: &str, root: &str, profile: Option<&str>) -> Option<String> {
    let at = page_url.find(['?', '#']).unwrap_or(page_url.len());
    let (page, rest) = page_url.split_at(at);
    let path = page.strip_prefix(root)?;
    let profile_page = path
        .strip_prefix(PROFILE_PAGES)
        .map(|p| p.strip_suffix("index.html").unwrap_or(p))
        .and_then(|p| p.strip_suffix('/'))
        .is_some_and(is_profile_id);
    if !(path.is_empty() || path == "index.html" || profile_page) {
        return None;
    }
    Some(match profile.filter(|id| is_profile_id(id)) {
        Some(id) => format!("{root}{PROFILE_PAGES}{id}/{rest}"),
        None => format!("{root}{rest}"),
    })
}

/// A profile id that can be a share page's folder: lower-case letters, digits, `_` and `-` (as the
/// instrument's ids are), 64 at most. `make dist` refuses to write a share page for any other.
pub fn is_profile_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Longer addresses are cut, with "…", where they are shown in words.
pub const ADDRESS_IN_WORDS_MAX: usize = 48;

/// A page's address as a reader would type it, for the card image: no scheme, query, fragment or
/// trailing slash ("blog.example/post").
pub fn address_in_words(page_url: &str) -> String {
    let page = page_url.split(['#', '?']).next().unwrap_or_default();
    let page = page.split_once("://").map_or(page, |(_, rest)| rest);
    let page = page.strip_prefix("www.").unwrap_or(page).trim_end_matches('/');
    if page.chars().count() <= ADDRESS_IN_WORDS_MAX {
        return page.to_owned();
    }
    let cut: String = page.chars().take(ADDRESS_IN_WORDS_MAX - 1).collect();
    format!("{cut}…")
}

/// A page address from its part before `#` and a fragment (no `#` when the fragment is empty).
pub fn link_base(page: &str, fragment: &str) -> String {
    if fragment.is_empty() {
        page.to_owned()
    } else {
        format!("{page}#{fragment}")
    }
}

/// The fragment with our key removed (after the visitor leaves a shared result).
pub fn without_link(fragment: &str, key: &str) -> String {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    share::without_param(fragment, key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answers;

    fn instrument() -> &'static Instrument {
        static PARSED: std::sync::OnceLock<Instrument> = std::sync::OnceLock::new();
        PARSED.get_or_init(|| Instrument::from_json(crate::instrument::DEFAULT_SOURCE).expect("valid"))
    }

    fn code() -> String {
        let picks = (0..instrument().question_count()).map(|q| (q, 0));
        let result = SharedResult::new(instrument(), 20_000, Answers::from_indices(instrument(), picks));
        share::encode(&result, instrument())
    }

    #[test]
    fn a_named_instance_reads_only_its_own_key() {
        assert_eq!(result_key(None), "cc-result");
        assert_eq!(result_key(Some("team-a")), "cc-result-team-a");
        let fragment = format!("#top&cc-result-team-a={}", code());
        assert!(matches!(arrival(&fragment, &result_key(Some("team-a")), instrument()), Arrival::Shared(_)));
        assert_eq!(arrival(&fragment, &result_key(None), instrument()), Arrival::Own);
    }

    #[test]
    fn a_fragment_without_our_key_is_the_visitors_own_visit_and_a_bad_one_is_damaged() {
        assert_eq!(arrival("", RESULT_KEY, instrument()), Arrival::Own);
        assert_eq!(arrival("#section-2", RESULT_KEY, instrument()), Arrival::Own);
        assert!(matches!(arrival("#cc-result=nope", RESULT_KEY, instrument()), Arrival::Damaged(_)));
        assert!(matches!(arrival("cc-result=", RESULT_KEY, instrument()), Arrival::Damaged(_)));
    }

    #[test]
    fn a_link_made_with_an_earlier_version_of_the_questions_opens_as_earlier_not_damaged() {
        let mut earlier = instrument().clone();
        earlier.version -= 1;
        let picks = (0..earlier.question_count()).map(|q| (q, 0));
        let result = SharedResult::new(&earlier, 20_000, Answers::from_indices(&earlier, picks));
        let fragment = format!("#cc-result={}", share::encode(&result, &earlier));
        assert_eq!(arrival(&fragment, RESULT_KEY, instrument()), Arrival::Earlier { version: earlier.version });
        let mut later = instrument().clone();
        later.version += 1;
        let result = SharedResult::new(
            &later,
            20_000,
            Answers::from_indices(&later, (0..later.question_count()).map(|q| (q, 0))),
        );
        let fragment = format!("#cc-result={}", share::encode(&result, &later));
        assert!(
            matches!(arrival(&fragment, RESULT_KEY, instrument()), Arrival::Damaged(_)),
            "a newer link can't be read here"
        );
    }

    #[test]
    fn an_emails_answer_opens_at_that_question_with_that_option_and_anything_else_opens_as_asked() {
        let first = instrument().question(0).expect("a first question");
        let (question, option) = (&first.question.id, &first.question.options[1].id);
        let fragment = format!("#top&cc-start={question}:{option}");
        let answered = Opening::Answered { question: 0, option: 1 };
        assert_eq!(opening(&fragment, START_KEY, instrument(), Opening::Intro), answered);
        assert_eq!(
            opening(&format!("cc-start={question}%3A{option}"), START_KEY, instrument(), Opening::Intro),
            answered
        );
        let last = instrument().question(instrument().question_count() - 1).expect("a last question");
        let fragment = format!("cc-start={}:{}", last.question.id, last.question.options[0].id);
        assert_eq!(
            opening(&fragment, START_KEY, instrument(), Opening::Intro),
            Opening::Answered { question: last.index, option: 0 }
        );
        let long = "q".repeat(MAX_ID + 1);
        for bad in [
            "cc-start=".to_owned(),
            "cc-start".to_owned(),
            format!("cc-start={question}"),
            format!("cc-start={question}:"),
            format!("cc-start=:{option}"),
            format!("cc-start={question}:no_such_option"),
            format!("cc-start=no_such_question:{option}"),
            format!("cc-start={question}:{}", last.question.options[0].id),
            format!("cc-start={long}:{option}"),
            format!("cc-start={question}:{option}:{option}"),
        ] {
            assert_eq!(opening(&bad, START_KEY, instrument(), Opening::FirstQuestion), Opening::FirstQuestion, "{bad}");
        }
        assert_eq!(opening("#section-2", START_KEY, instrument(), Opening::Intro), Opening::Intro);
        let named = format!("cc-start={question}:{option}");
        assert_eq!(opening(&named, &start_key(Some("team-a")), instrument(), Opening::Intro), Opening::Intro);
        assert_eq!(start_key(Some("team-a")), "cc-start-team-a");
    }

    #[test]
    fn a_link_keeps_the_host_pages_query_and_fragment_and_leaving_removes_only_our_key() {
        let code = code();
        let link = link_to("https://blog.example/post?utm=x#comments", RESULT_KEY, &code);
        assert_eq!(link, format!("https://blog.example/post?utm=x#comments&cc-result={code}"));
        assert_eq!(link_to("https://blog.example/", RESULT_KEY, "abc"), "https://blog.example/#cc-result=abc");
        let fragment = link.split_once('#').map(|(_, f)| f).unwrap_or_default();
        assert_eq!(without_link(fragment, RESULT_KEY), "comments");
        assert_eq!(link_base("https://a.example/", ""), "https://a.example/");
    }

    #[test]
    fn an_address_in_words_drops_the_scheme_query_fragment_and_trailing_slash_and_is_cut_when_long() {
        assert_eq!(address_in_words("https://www.blog.example/post/?ref=cc#cc-result=abc"), "blog.example/post");
        assert_eq!(address_in_words("https://cc.example/"), "cc.example");
        assert_eq!(
            address_in_words("http://127.0.0.1:8080/demo/plain-host.html"),
            "127.0.0.1:8080/demo/plain-host.html"
        );
        let long = address_in_words(&format!("https://blog.example/{}", "a".repeat(80)));
        assert_eq!(long.chars().count(), ADDRESS_IN_WORDS_MAX);
        assert!(long.ends_with('…'));
    }

    #[test]
    fn a_link_shared_from_the_hosted_check_goes_to_its_root_or_to_the_profiles_share_page() {
        let root = "https://cc.example/check/";
        for page in [root, "https://cc.example/check/index.html", "https://cc.example/check/r/platform/"] {
            assert_eq!(share_page(page, root, None).as_deref(), Some(root), "{page}");
            assert_eq!(
                share_page(&format!("{page}?theme=dark#x=1"), root, Some("new_offerings")).as_deref(),
                Some("https://cc.example/check/r/new_offerings/?theme=dark#x=1")
            );
        }
    }

    #[test]
    fn a_link_shared_from_any_other_page_is_left_to_that_page() {
        let root = "https://cc.example/check/";
        for page in [
            "https://blog.example/post",
            "https://cc.example/check/www/embed.html",
            "https://cc.example/check/r/",
            "https://cc.example/check/r/a/b/",
            "https://cc.example/check/r/Platform/",
            "https://cc.example/other/",
        ] {
            assert_eq!(share_page(page, root, Some("platform")), None, "{page}");
        }
    }

    #[test]
    fn a_profile_that_is_not_a_plain_id_never_becomes_a_path() {
        let root = "https://cc.example/";
        for id in ["", "..", "../x", "a/b", "A", "x?y", "a.b", &"p".repeat(65)] {
            assert_eq!(share_page(root, root, Some(id)).as_deref(), Some(root), "{id}");
        }
    }
}
