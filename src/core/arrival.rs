//! What the page's URL fragment brought the widget: nothing, someone's shared result, or a link
//! that can't be read. Only the widget's own key is read; the host's fragment is left alone.

use crate::core::instrument::Instrument;
use crate::core::share::{self, ShareError, SharedResult, RESULT_KEY};

/// How a visit opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arrival {
    /// The visitor's own assessment, as storage has it.
    Own,
    /// A result someone shared, shown read-only.
    Shared(SharedResult),
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

/// Reads the fragment (with or without its `#`).
pub fn arrival(fragment: &str, key: &str, instrument: &Instrument) -> Arrival {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    match share::param(fragment, key) {
        None => Arrival::Own,
        Some(code) => match share::decode(code, instrument) {
            Ok(result) => Arrival::Shared(result),
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

/// The fragment with our key removed (after the visitor leaves a shared result).
pub fn without_link(fragment: &str, key: &str) -> String {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    share::without_param(fragment, key)
}
