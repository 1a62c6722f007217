//! Our pieces of a page's URL fragment, next to whatever the host page keeps there.
//!
//! A fragment (given without its leading `#`; one is ignored if present) is read as pieces
//! separated by `&`, ours written `key=value`. Pieces that are not ours, empty ones included,
//! are kept byte for byte and in order. Values are written as given: the link texts of this
//! module are base64url, which needs no escaping in a fragment.

/// The fragment key of a result link.
pub const RESULT_KEY: &str = "cc-result";
/// The fragment key of a team link.
pub const TEAM_KEY: &str = "cc-team";
/// The fragment key of an answer chosen in an email: `cc-start=<question id>:<option id>`.
pub const START_KEY: &str = "cc-start";
/// The fragment key of a coach invite.
pub const COACH_KEY: &str = "cc-coach";

fn pieces(fragment: &str) -> Option<std::str::Split<'_, char>> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    (!fragment.is_empty()).then(|| fragment.split('&'))
}

/// The value of `piece` when it is `key=value` (or a bare `key`, whose value is empty).
fn value_of<'a>(piece: &'a str, key: &str) -> Option<&'a str> {
    match piece.strip_prefix(key)? {
        "" => Some(""),
        rest => rest.strip_prefix('='),
    }
}

/// The value of the first `key=value` piece.
pub fn param<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    pieces(fragment)?.find_map(|piece| value_of(piece, key))
}

/// The fragment with `key=value` in place of the first piece with this key (later ones are
/// dropped), or after the last piece when there is none. `value` must not contain `&` or `#`.
pub fn with_param(fragment: &str, key: &str, value: &str) -> String {
    let ours = [key, "=", value].concat();
    let mut kept: Vec<&str> = Vec::new();
    let mut placed = false;
    for piece in pieces(fragment).into_iter().flatten() {
        if value_of(piece, key).is_none() {
            kept.push(piece);
        } else if !placed {
            placed = true;
            kept.push(&ours);
        }
    }
    if !placed {
        kept.push(&ours);
    }
    kept.join("&")
}

/// The fragment without any piece with this key.
pub fn without_param(fragment: &str, key: &str) -> String {
    let kept: Vec<&str> =
        pieces(fragment).into_iter().flatten().filter(|piece| value_of(piece, key).is_none()).collect();
    kept.join("&")
}
