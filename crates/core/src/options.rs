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
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

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

impl Start {
    pub const ALL: [Start; 2] = [Start::Intro, Start::Question];

    pub fn as_str(self) -> &'static str {
        match self {
            Start::Intro => "intro",
            Start::Question => "question",
        }
    }
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
    pub const ALL: [Font; 2] = [Font::Own, Font::Inherit];

    pub fn as_str(self) -> &'static str {
        match self {
            Font::Own => "own",
            Font::Inherit => "inherit",
        }
    }
}

/// The frame the widget runs in, as embed.html finds it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Frame {
    /// A page, or a frame that may download, open tabs and use the clipboard.
    #[default]
    Open,
    /// A frame sandboxed without `allow-same-origin` (WordPress's oEmbed frames): no storage, and
    /// no downloads or new tabs either, so the widget offers neither.
    Sandboxed,
}

impl Frame {
    pub const ALL: [Frame; 2] = [Frame::Open, Frame::Sandboxed];

    pub fn as_str(self) -> &'static str {
        match self {
            Frame::Open => "open",
            Frame::Sandboxed => "sandboxed",
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
    /// A translation's instrument file: `instrument.<lang>.v<version>.bin`. The version is in the
    /// name, so that a cache never hands a new bundle an old translation.
    pub fn file_name(self, version: u32) -> String {
        format!("instrument.{}.v{version}.bin", self.tag())
    }
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::De];

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
        Self::ALL.into_iter().find(|locale| language.eq_ignore_ascii_case(locale.tag()))
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
    /// The author's post, where share links and the card image send readers (`share-url`); the
    /// widget there opens a shared result. Only http(s) addresses are taken.
    pub share_url: Option<String>,
    /// The author's next step on the result card: where it goes and what it says.
    pub cta_href: Option<String>,
    pub cta_label: Option<String>,
    /// The page share links point to, when it isn't the page the widget runs in (embed.html
    /// passes the hosted page). Only http(s) addresses are taken.
    pub link: Option<String>,
    /// Set by embed.html: whether its frame is sandboxed.
    pub frame: Frame,
}

/// The link a host page puts inside `<context-check>`, in each language: what readers see where a
/// platform strips the script but keeps the element (the builder's snippets, the Hugo and Jekyll
/// templates). Once the element upgrades, its shadow root takes the link's place.
pub const FALLBACK_LINK: [(Locale, &str); 2] = [
    (Locale::En, "Take the 5-minute team context check"),
    (Locale::De, "Den 5-Minuten-Check zum Kontext deines Teams machen"),
];

/// embed.html's own query parameter, not a widget option: with this value its frame tells the
/// parent page each screen and the profile a reader gets (www/frame.js), opted into by the author.
pub const RELAY_PARAMETER: (&str, &str) = ("relay", "1");

/// Instance names are short and plain, so they are safe inside storage keys.
pub const INSTANCE_MAX: usize = 40;

/// Longer than any real colour, short enough never to matter in a style.
pub const ACCENT_MAX: usize = 64;

/// Share links must stay short.
pub const LINK_MAX: usize = 200;

/// A button's words: a few, never a paragraph.
pub const TEXT_MAX: usize = 60;

/// What an option's value may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// One of these words; an empty value is the default.
    Choice(&'static [&'static str]),
    /// A language tag (`de`, `de-AT`) whose language is one of these.
    Language(&'static [&'static str]),
    /// A CSS colour the browser accepts, up to [`ACCENT_MAX`] characters.
    Colour,
    /// 1 to [`INSTANCE_MAX`] letters, digits, `-` or `_`.
    Name,
    /// An https: address (http: on this machine), up to [`LINK_MAX`] characters.
    WebAddress,
    /// Plain text, 1 to [`TEXT_MAX`] characters after trimming, no control characters. It is
    /// only ever shown as text.
    Text,
}

impl Kind {
    /// The kind's name in the host contract (www/host-contract.js).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Choice(_) => "choice",
            Kind::Language(_) => "language",
            Kind::Colour => "colour",
            Kind::Name => "name",
            Kind::WebAddress => "url",
            Kind::Text => "text",
        }
    }

    /// The words a choice or a language takes; empty for the other kinds.
    pub fn values(self) -> &'static [&'static str] {
        match self {
            Kind::Choice(values) | Kind::Language(values) => values,
            _ => &[],
        }
    }
}

/// One option a host page can pass: the one description of it that the parser, the shell's
/// `mount` and, through www/host-contract.js and the block in www/embed.js (both written from
/// this table by `tests/host_contract.rs`), the loader, the iframe page and the builder read.
#[derive(Debug, Clone, Copy)]
pub struct OptionSpec {
    pub name: &'static str,
    pub kind: Kind,
    /// The value an option that isn't set has, when it is one of its words (`None`: unset).
    pub default: Option<&'static str>,
    /// Whether a host sets it as an attribute of `<context-check>` and a query parameter of
    /// embed.html. `link` is not: embed.html sets it to the hosted page itself, and `mount()`
    /// takes it.
    pub attribute: bool,
    /// What a bad value turns into, ending its warning: "using auto".
    pub fallback: &'static str,
    /// One line for authors, for www/host-contract.js (left out of the wasm, which never shows it).
    #[cfg(not(target_arch = "wasm32"))]
    pub help: &'static str,
    set: fn(&mut Options, &str),
}

/// The word of `all` that `value` names, or the default (for the empty value).
fn word<T: Copy + Default>(all: &[T], as_str: fn(T) -> &'static str, value: &str) -> T {
    all.iter().copied().find(|w| as_str(*w) == value).unwrap_or_default()
}

/// Every option, in the order snippets write them.
pub const OPTIONS: &[OptionSpec] = &[
    OptionSpec {
        name: "theme",
        kind: Kind::Choice(&["light", "dark", "auto"]),
        default: Some("auto"),
        attribute: true,
        fallback: "using auto",
        #[cfg(not(target_arch = "wasm32"))]
        help: "Colour scheme; auto follows the page's declared color-scheme, or else the reader's system.",
        set: |o, v| o.theme = word(&Theme::ALL, Theme::as_str, v),
    },
    OptionSpec {
        name: "accent",
        kind: Kind::Colour,
        default: None,
        attribute: true,
        fallback: "using the theme's",
        #[cfg(not(target_arch = "wasm32"))]
        help: "Any CSS colour for buttons, bars and links; unset, the theme's blue.",
        set: |o, v| o.accent = Some(v.to_owned()),
    },
    OptionSpec {
        name: "start",
        kind: Kind::Choice(&["intro", "question"]),
        default: Some("intro"),
        attribute: true,
        fallback: "using intro",
        #[cfg(not(target_arch = "wasm32"))]
        help: "Where a fresh visit begins: the intro or the first question.",
        set: |o, v| o.start = word(&Start::ALL, Start::as_str, v),
    },
    OptionSpec {
        name: "instance",
        kind: Kind::Name,
        default: None,
        attribute: true,
        fallback: "ignoring it",
        #[cfg(not(target_arch = "wasm32"))]
        help: "Keeps the progress of several widgets apart.",
        set: |o, v| o.instance = Some(v.to_owned()),
    },
    OptionSpec {
        name: "lang",
        kind: Kind::Language(&["en", "de"]),
        default: None,
        attribute: true,
        fallback: "using the reader's language",
        #[cfg(not(target_arch = "wasm32"))]
        help: "The widget's language; unset, the reader's browser language, then English.",
        set: |o, v| o.locale = Locale::for_tag(v),
    },
    OptionSpec {
        name: "font",
        kind: Kind::Choice(&["own", "inherit"]),
        default: Some("own"),
        attribute: true,
        fallback: "using own",
        #[cfg(not(target_arch = "wasm32"))]
        help: "The widget's own system font, or the host page's.",
        set: |o, v| o.font = word(&Font::ALL, Font::as_str, v),
    },
    OptionSpec {
        name: "share-url",
        kind: Kind::WebAddress,
        default: None,
        attribute: true,
        fallback: "linking to this page",
        #[cfg(not(target_arch = "wasm32"))]
        help:
            "Your post's address: share links and the card image send readers there, where the widget opens the result.",
        set: |o, v| o.share_url = Some(v.to_owned()),
    },
    OptionSpec {
        name: "cta-href",
        kind: Kind::WebAddress,
        default: None,
        attribute: true,
        fallback: "showing no next step",
        #[cfg(not(target_arch = "wasm32"))]
        help: "Your next step for readers on the result card (your newsletter, your coaching page): an https address.",
        set: |o, v| o.cta_href = Some(v.to_owned()),
    },
    OptionSpec {
        name: "cta-label",
        kind: Kind::Text,
        default: None,
        attribute: true,
        fallback: "using the default words",
        #[cfg(not(target_arch = "wasm32"))]
        help: "The words on that next step's button, up to 60 characters; unset, \"Read more from the author\".",
        set: |o, v| o.cta_label = Some(v.to_owned()),
    },
    OptionSpec {
        name: "link",
        kind: Kind::WebAddress,
        default: None,
        attribute: false,
        fallback: "linking to this page",
        #[cfg(not(target_arch = "wasm32"))]
        help: "The page share links point to, when it isn't the page the widget runs in.",
        set: |o, v| o.link = Some(v.to_owned()),
    },
    OptionSpec {
        name: "frame",
        kind: Kind::Choice(&["open", "sandboxed"]),
        default: Some("open"),
        attribute: false,
        fallback: "using open",
        #[cfg(not(target_arch = "wasm32"))]
        help: "Set by embed.html: sandboxed when its frame may not download or open tabs.",
        set: |o, v| o.frame = word(&Frame::ALL, Frame::as_str, v),
    },
];

/// "a, b or c".
fn one_of(values: &[&str]) -> String {
    match values.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

impl OptionSpec {
    /// The option called `name`, if there is one.
    pub fn named(name: &str) -> Option<&'static OptionSpec> {
        OPTIONS.iter().find(|spec| spec.name == name)
    }

    /// `value` as the option takes it (a colour trimmed), or `None` when it is bad.
    fn accept<'a>(&self, value: &'a str, is_colour: &impl Fn(&str) -> bool) -> Option<&'a str> {
        let ok = match self.kind {
            Kind::Choice(values) => value.is_empty() || values.contains(&value),
            Kind::Language(values) => {
                let language = value.trim().split(['-', '_']).next().unwrap_or_default();
                values.iter().any(|v| v.eq_ignore_ascii_case(language))
            }
            Kind::Colour => {
                let value = value.trim();
                return (!value.is_empty() && value.len() <= ACCENT_MAX && is_colour(value)).then_some(value);
            }
            Kind::Name => {
                !value.is_empty()
                    && value.len() <= INSTANCE_MAX
                    && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            }
            Kind::WebAddress => is_web_address(value),
            Kind::Text => {
                let value = value.trim();
                let length = value.chars().count();
                return ((1..=TEXT_MAX).contains(&length) && !value.chars().any(char::is_control)).then_some(value);
            }
        };
        ok.then_some(value)
    }

    /// The warning for a bad `value`: "theme `purple` is not light, dark or auto; using auto".
    fn warning(&self, value: &str) -> String {
        let (name, fallback) = (self.name, self.fallback);
        match self.kind {
            Kind::Choice(values) | Kind::Language(values) => {
                format!("{name} `{value}` is not {}; {fallback}", one_of(values))
            }
            Kind::Colour => format!("{name} `{}` is not a CSS colour; {fallback}", value.trim()),
            Kind::Name => {
                format!("{name} `{value}` must be 1 to {INSTANCE_MAX} letters, digits, `-` or `_`; {fallback}")
            }
            Kind::WebAddress => format!("{name} `{value}` is not an http(s) address; {fallback}"),
            Kind::Text => format!("{name} must be 1 to {TEXT_MAX} characters of plain text; {fallback}"),
        }
    }
}

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
    /// The page share links point to: the author's `share-url`, else embed.html's hosted page;
    /// `None` for the page the widget runs in.
    pub fn share_base(&self) -> Option<&str> {
        self.share_url.as_deref().or(self.link.as_deref())
    }

    /// Parses `(name, value)` pairs against [`OPTIONS`]; unknown names are ignored. `is_colour`
    /// says whether the browser accepts a CSS colour. Returns the warnings to log, one per bad
    /// value.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        is_colour: impl Fn(&str) -> bool,
    ) -> (Self, Vec<String>) {
        let mut options = Options::default();
        let mut warnings = Vec::new();
        for (name, value) in pairs {
            let Some(spec) = OptionSpec::named(name) else { continue };
            match spec.accept(value, &is_colour) {
                Some(value) => (spec.set)(&mut options, value),
                None => warnings.push(spec.warning(value)),
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
    fn the_authors_post_and_next_step_are_taken_only_as_web_addresses_and_plain_short_words() {
        let (options, warnings) = Options::parse(
            [
                ("share-url", "https://blog.example/post?ref=cc"),
                ("cta-href", "https://blog.example/subscribe"),
                ("cta-label", "  Get the next issue  "),
            ],
            hex_only,
        );
        assert_eq!(warnings, Vec::<String>::new());
        assert_eq!(options.share_url.as_deref(), Some("https://blog.example/post?ref=cc"));
        assert_eq!(options.cta_href.as_deref(), Some("https://blog.example/subscribe"));
        assert_eq!(options.cta_label.as_deref(), Some("Get the next issue"));

        let long = "x".repeat(TEXT_MAX + 1);
        let hostile = [
            ("share-url", "javascript:alert(1)"),
            ("share-url", "http://blog.example/post"),
            ("cta-href", "data:text/html,<script>alert(1)</script>"),
            ("cta-href", "https://blog.example/\"><script>"),
            ("cta-href", " https://blog.example/"),
            ("cta-label", ""),
            ("cta-label", "   "),
            ("cta-label", "line\nbreak"),
            ("cta-label", &long),
        ];
        let (options, warnings) = Options::parse(hostile, hex_only);
        assert_eq!(warnings.len(), hostile.len(), "{warnings:?}");
        assert_eq!((options.share_url, options.cta_href, options.cta_label), (None, None, None));
        // Markup in the words is only words: the card shows it as text.
        let (options, _) = Options::parse([("cta-label", "<b>Subscribe</b> & more")], hex_only);
        assert_eq!(options.cta_label.as_deref(), Some("<b>Subscribe</b> & more"));
    }

    #[test]
    fn share_links_go_to_the_authors_post_before_the_hosted_page_that_embed_html_names() {
        let (framed, _) = Options::parse([("link", "https://cc.example/")], hex_only);
        assert_eq!(framed.share_base(), Some("https://cc.example/"));
        let (posted, _) =
            Options::parse([("link", "https://cc.example/"), ("share-url", "https://blog.example/post")], hex_only);
        assert_eq!(posted.share_base(), Some("https://blog.example/post"));
        assert_eq!(Options::default().share_base(), None, "the page the widget runs in");
    }

    #[test]
    fn an_overlong_accent_is_refused_even_when_the_browser_would_take_it() {
        let long = format!("#{}", "0".repeat(80));
        let (options, warnings) = Options::parse([("accent", long.as_str())], |_| true);
        assert_eq!(options.accent, None);
        assert_eq!(warnings.len(), 1);
    }

    #[test]
    fn the_warnings_say_what_was_expected_and_what_happens_instead() {
        let (_, warnings) = Options::parse(
            [("theme", "purple"), ("instance", "a:b"), ("accent", " nope "), ("lang", "xx"), ("link", "ftp://x")],
            hex_only,
        );
        assert_eq!(
            warnings,
            [
                "theme `purple` is not light, dark or auto; using auto",
                "instance `a:b` must be 1 to 40 letters, digits, `-` or `_`; ignoring it",
                "accent `nope` is not a CSS colour; using the theme's",
                "lang `xx` is not en or de; using the reader's language",
                "link `ftp://x` is not an http(s) address; linking to this page",
            ]
        );
    }

    #[test]
    fn every_word_of_the_table_is_a_value_of_its_type_and_the_defaults_are_the_types_defaults() {
        let words = |name: &str| OptionSpec::named(name).map(|s| s.kind.values().to_vec()).unwrap_or_default();
        let mut themes: Vec<&str> = Theme::ALL.iter().map(|t| t.as_str()).collect();
        themes.sort_unstable();
        let mut table = words("theme");
        table.sort_unstable();
        assert_eq!(table, themes);
        assert_eq!(words("start").len(), Start::ALL.len());
        assert_eq!(words("font").len(), Font::ALL.len());
        assert_eq!(words("frame"), Frame::ALL.map(Frame::as_str));
        assert_eq!(words("lang"), Locale::ALL.map(Locale::tag));
        for (name, value) in
            [("theme", "light"), ("theme", "dark"), ("start", "question"), ("font", "inherit"), ("frame", "sandboxed")]
        {
            let (options, warnings) = Options::parse([(name, value)], hex_only);
            assert!(warnings.is_empty() && options != Options::default(), "{name}={value}");
        }
        let defaults = Options::default();
        for spec in OPTIONS {
            let (parsed, warnings) = Options::parse(spec.default.map(|d| (spec.name, d)), hex_only);
            assert!(warnings.is_empty(), "{}", spec.name);
            assert_eq!(parsed, defaults, "{}'s default is the type's default", spec.name);
        }
        assert_eq!(Theme::default().as_str(), "auto");
        assert_eq!(Start::default().as_str(), "intro");
        assert_eq!(Font::default().as_str(), "own");
        assert_eq!(Frame::default().as_str(), "open");
        let set_by_embed_html: Vec<&str> = OPTIONS.iter().filter(|s| !s.attribute).map(|s| s.name).collect();
        assert_eq!(set_by_embed_html, ["link", "frame"]);
    }
}
