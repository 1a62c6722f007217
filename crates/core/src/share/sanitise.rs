//! Plain, visible, bounded text from whatever a person (or a crafted link) typed.
//!
//! Removes bidi controls (which can reorder what a reader sees), zero-width and other invisible
//! characters, and control characters; turns every run of white space into one space (or, where
//! line breaks are kept, one line break); trims; and cuts to a number of characters, ending in
//! "…" when cut. Nothing is escaped: the page shows the result as text, never as markup.
//! Sanitising sanitised text changes nothing.

/// What is left of `text` as one line of at most `max` characters.
pub(crate) fn one_line(text: &str, max: usize) -> String {
    clean(text, false, max)
}

/// What is left of `text` as lines without blank ones between, at most `max` characters.
pub(crate) fn lines(text: &str, max: usize) -> String {
    clean(text, true, max)
}

/// Characters that are never kept.
fn is_hidden(c: char) -> bool {
    matches!(
        c,
        // Bidi controls: embeddings, overrides, isolates and marks.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
        // Zero-width space, non-joiner, joiner; word joiner and invisible operators; byte order mark.
        | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
        // Other invisible format characters: deprecated shaping controls, interlinear annotation,
        // soft hyphen, combining grapheme joiner, Mongolian vowel separator, tag characters.
        | '\u{206A}'..='\u{206F}' | '\u{FFF9}'..='\u{FFFB}' | '\u{00AD}' | '\u{034F}' | '\u{180E}'
        | '\u{E0000}'..='\u{E007F}'
        // Hangul fillers, which draw as blank space.
        | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}'
    ) || (c.is_control() && !c.is_whitespace())
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn clean(text: &str, keep_lines: bool, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4 + 4));
    let mut count = 0;
    // The white space waiting between the last character kept and the next one.
    let mut gap: Option<char> = None;
    for c in text.chars() {
        if is_hidden(c) {
            continue;
        }
        if c.is_whitespace() {
            if keep_lines && is_line_break(c) {
                gap = Some('\n');
            } else if gap.is_none() {
                gap = Some(' ');
            }
            continue;
        }
        if let Some(g) = gap.take() {
            if count > 0 {
                out.push(g);
                count += 1;
            }
        }
        out.push(c);
        count += 1;
        if count > max {
            break;
        }
    }
    if count > max {
        let keep = out.char_indices().nth(max.saturating_sub(1)).map_or(out.len(), |(at, _)| at);
        out.truncate(keep);
        out.truncate(out.trim_end().len());
        out.push('…');
    }
    out
}

/// Longest e-mail address, in characters.
pub(crate) const MAX_ADDRESS_CHARS: usize = 254;

/// `text`, trimmed, when it is an e-mail address a `mailto:` link can carry as it is: one `@`,
/// a local part of letters, digits and `. _ + -`, and a domain of dot-separated labels of
/// letters, digits and `-` (not at a label's ends) with at least one dot. Anything else, such as
/// a second address, a query or a script, is `None`.
pub(crate) fn address(text: &str) -> Option<String> {
    let text = text.trim();
    let (local, domain) = text.split_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'));
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.len() <= 63
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !label.starts_with('-')
            && !label.ends_with('-')
    };
    let domain_ok = domain.contains('.') && domain.split('.').all(label_ok);
    (local_ok && domain_ok && text.len() <= MAX_ADDRESS_CHARS).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_kept_only_when_a_mail_link_can_carry_it_as_it_is() {
        assert_eq!(address(" dana.k+coach@example.co.uk "), Some("dana.k+coach@example.co.uk".into()));
        for bad in [
            "",
            "dana",
            "dana@",
            "@example.org",
            "dana@example",
            "a@b@example.org",
            "dana@example.org?cc=x@evil.org",
            "dana@example.org,x@evil.org",
            "dana smith@example.org",
            "dana@-example.org",
            "dana@exa_mple.org",
            "javascript:alert(1)//@example.org",
            "dänä@example.org",
        ] {
            assert_eq!(address(bad), None, "{bad}");
        }
    }

    #[test]
    fn white_space_runs_become_one_space_and_ends_are_trimmed() {
        assert_eq!(one_line("  Ada \t\n Lovelace\r\n", 60), "Ada Lovelace");
    }

    #[test]
    fn lines_keep_single_breaks_and_drop_blank_lines() {
        assert_eq!(lines("Hi team,\r\n\r\n  see you\u{2028}soon  ", 280), "Hi team,\nsee you\nsoon");
    }

    #[test]
    fn cut_text_ends_in_an_ellipsis_within_the_limit() {
        assert_eq!(one_line("abcdef", 4), "abc…");
        assert_eq!(one_line("ab cdef", 4), "ab…");
        assert_eq!(one_line("abcd", 4), "abcd");
        assert_eq!(one_line("ééééé", 4), "ééé…");
    }

    #[test]
    fn hidden_characters_go_even_between_spaces() {
        assert_eq!(one_line("a \u{200B} b\u{202E}c\u{0}", 60), "a bc");
    }
}
