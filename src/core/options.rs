//! Options a host page passes to the widget, parsed with types. A bad value falls back to the
//! default and is reported as a warning, never an error.

/// Colour scheme of the widget.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follow the reader's system setting.
    #[default]
    Auto,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Auto => "auto",
        }
    }
}

/// Where a fresh visit begins.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Start {
    /// The intro, with what the check is and a Start button.
    #[default]
    Intro,
    /// Straight at the first question, for hosts whose page already introduces it.
    Question,
}

/// Which typeface the widget uses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Font {
    /// The widget's own system font stack.
    #[default]
    Own,
    /// The host page's font.
    Inherit,
}

impl Font {
    pub fn as_str(self) -> &'static str {
        match self {
            Font::Own => "own",
            Font::Inherit => "inherit",
        }
    }
}

/// The language the widget speaks: English or German.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    En,
    De,
}

impl Locale {
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
        }
    }

    /// The locale for a language tag such as `en-GB` or `de-AT`; `None` when there is no
    /// translation.
    pub fn for_tag(tag: &str) -> Option<Self> {
        let language = tag.trim().split(['-', '_']).next().unwrap_or_default();
        if language.eq_ignore_ascii_case("en") {
            Some(Locale::En)
        } else if language.eq_ignore_ascii_case("de") {
            Some(Locale::De)
        } else {
            None
        }
    }

    /// The first of the reader's languages (most preferred first) that has a translation, or
    /// English.
    pub fn for_reader<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Self {
        preferred.into_iter().find_map(Self::for_tag).unwrap_or_default()
    }
}

/// The widget's options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub theme: Theme,
    /// Keeps the progress of two widgets on one page apart.
    pub instance: Option<String>,
    /// A CSS colour for buttons, bars and links, already accepted by the browser.
    pub accent: Option<String>,
    pub start: Start,
    /// The `lang` the host asked for; `None` means the reader's browser languages decide.
    pub locale: Option<Locale>,
    pub font: Font,
    /// The page share links point to, when it isn't the page the widget runs in (embed.html
    /// passes the hosted page). Only http(s) addresses are taken.
    pub link: Option<String>,
}

/// Instance names are short and plain, so they are safe inside storage keys.
const INSTANCE_MAX: usize = 40;

/// Longer than any real colour, short enough never to matter in a style.
const ACCENT_MAX: usize = 64;

/// Share links must stay short.
const LINK_MAX: usize = 200;

/// An https: address, or http: on this machine (for local previews); nothing that could run
/// script (`javascript:`, `data:` and their disguises) or break out of an attribute.
pub fn is_web_address(value: &str) -> bool {
    let local = ["http://localhost", "http://127.0.0.1", "http://[::1]"];
    let scheme_ok = value.starts_with("https://")
        || local
            .iter()
            .any(|l| value.strip_prefix(l).is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/'])));
    scheme_ok
        && value.len() <= LINK_MAX
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '#' | '"' | '\'' | '<' | '>' | '\\'))
}

impl Options {
    /// Parses `(name, value)` pairs; unknown names are ignored. `is_colour` says whether the
    /// browser accepts a CSS colour. Returns the warnings to log, one per bad value.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        is_colour: impl Fn(&str) -> bool,
    ) -> (Self, Vec<String>) {
        let mut options = Options::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            match name {
                "theme" => match value {
                    "light" => options.theme = Theme::Light,
                    "dark" => options.theme = Theme::Dark,
                    "auto" | "" => options.theme = Theme::Auto,
                    other => warnings.push(format!("theme `{other}` is not light, dark or auto; using auto")),
                },
                "instance" => {
                    let ok = !value.is_empty()
                        && value.len() <= INSTANCE_MAX
                        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
                    if ok {
                        options.instance = Some(value.to_owned());
                    } else {
                        warnings.push(format!(
                            "instance `{value}` must be 1 to {INSTANCE_MAX} letters, digits, `-` or `_`; ignoring it"
                        ));
                    }
                }
                "accent" => {
                    let value = value.trim();
                    if !value.is_empty() && value.len() <= ACCENT_MAX && is_colour(value) {
                        options.accent = Some(value.to_owned());
                    } else {
                        warnings.push(format!("accent `{value}` is not a CSS colour; using the theme's"));
                    }
                }
                "start" => match value {
                    "intro" | "" => options.start = Start::Intro,
                    "question" => options.start = Start::Question,
                    other => warnings.push(format!("start `{other}` is not intro or question; using intro")),
                },
                "lang" => match Locale::for_tag(value) {
                    Some(locale) => options.locale = Some(locale),
                    None => warnings.push(format!("lang `{value}` is not en or de; using the reader's language")),
                },
                "font" => match value {
                    "own" | "" => options.font = Font::Own,
                    "inherit" => options.font = Font::Inherit,
                    other => warnings.push(format!("font `{other}` is not own or inherit; using own")),
                },
                "link" => {
                    if is_web_address(value) {
                        options.link = Some(value.to_owned());
                    } else {
                        warnings.push(format!("link `{value}` is not an http(s) address; linking to this page"));
                    }
                }
                _ => {}
            }
        }
        (options, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex_only(value: &str) -> bool {
        value.starts_with('#')
    }

    #[test]
    fn known_values_are_taken_and_bad_ones_fall_back_with_a_warning() {
        let (options, warnings) = Options::parse(
            [
                ("theme", "dark"),
                ("instance", "team-a"),
                ("accent", "#0b7285"),
                ("start", "question"),
                ("lang", "en-GB"),
                ("font", "inherit"),
                ("link", "https://example.org/check/"),
            ],
            hex_only,
        );
        assert_eq!(options.link.as_deref(), Some("https://example.org/check/"));
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.instance.as_deref(), Some("team-a"));
        assert_eq!(options.accent.as_deref(), Some("#0b7285"));
        assert_eq!(options.start, Start::Question);
        assert_eq!(options.locale, Some(Locale::En));
        assert_eq!(options.font, Font::Inherit);
        assert!(warnings.is_empty());

        let (options, warnings) = Options::parse(
            [
                ("theme", "purple"),
                ("instance", "a:b"),
                ("accent", "red; background: url(x)"),
                ("start", "middle"),
                ("lang", "xx"),
                ("font", "Comic Sans"),
                ("link", "javascript:alert(1)"),
            ],
            hex_only,
        );
        assert_eq!(options, Options::default());
        assert_eq!(warnings.len(), 7, "{warnings:?}");
    }

    #[test]
    fn only_https_or_local_http_addresses_are_taken_as_links() {
        for good in ["https://example.org/check/", "http://localhost:8080/", "http://127.0.0.1/"] {
            assert!(is_web_address(good), "{good}");
        }
        for bad in [
            "http://example.org/",
            "http://localhost.evil.example/",
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            " https://example.org/",
            "data:text/html,<script>",
            "https://example.org/\"><script>",
            "https://exa\tmple.org/",
            "//example.org/",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }

    #[test]
    fn the_language_is_the_hosts_then_the_readers_first_translated_one_then_english() {
        let (options, _) = Options::parse([("lang", "de-CH")], hex_only);
        assert_eq!(options.locale, Some(Locale::De));
        assert_eq!(Locale::for_reader(["fr-FR", "de-DE", "en"]), Locale::De);
        assert_eq!(Locale::for_reader(["fr-FR", "es"]), Locale::En);
        assert_eq!(Locale::for_reader([]), Locale::En);
    }

    #[test]
    fn unknown_option_names_are_ignored_without_a_warning() {
        let (options, warnings) = Options::parse([("colour", "red"), ("data-x", "1")], hex_only);
        assert_eq!(options, Options::default());
        assert!(warnings.is_empty());
    }

    #[test]
    fn an_overlong_accent_is_refused_even_when_the_browser_would_take_it() {
        let long = format!("#{}", "0".repeat(80));
        let (options, warnings) = Options::parse([("accent", long.as_str())], |_| true);
        assert_eq!(options.accent, None);
        assert_eq!(warnings.len(), 1);
    }
}
