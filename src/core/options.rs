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

/// The widget's options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    pub theme: Theme,
    /// Keeps the progress of two widgets on one page apart.
    pub instance: Option<String>,
}

/// Instance names are short and plain, so they are safe inside storage keys.
const INSTANCE_MAX: usize = 40;

impl Options {
    /// Parses `(name, value)` pairs; unknown names are ignored. Returns the warnings to log.
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (Self, Vec<String>) {
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
                _ => {}
            }
        }
        (options, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_are_taken_and_bad_ones_fall_back_with_a_warning() {
        let (options, warnings) = Options::parse([("theme", "dark"), ("instance", "team-a")]);
        assert_eq!(options.theme, Theme::Dark);
        assert_eq!(options.instance.as_deref(), Some("team-a"));
        assert!(warnings.is_empty());

        let (options, warnings) = Options::parse([("theme", "purple"), ("instance", "a:b")]);
        assert_eq!(options, Options::default());
        assert_eq!(warnings.len(), 2);
    }
}
