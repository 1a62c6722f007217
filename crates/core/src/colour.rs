//! Colour arithmetic for a host's `accent` (WCAG 2 contrast): which text colour reads best on it,
//! and the accent's ink, the shade of it that reads as text and UI parts in each theme.
//! The browser normalises whatever CSS colour the host wrote to `#rrggbb` or `rgba(…)`; this
//! module only reads those two forms.

/// An sRGB colour with 8-bit channels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// Text on a light accent. Pure black: with any lighter dark, some mid-tone accents would reach
/// less than 4.5:1 with both candidates.
pub const DARK_TEXT: &str = "#000000";
const DARK: Rgb = Rgb { r: 0, g: 0, b: 0 };
/// Text on a dark accent.
pub const LIGHT_TEXT: &str = "#ffffff";
const LIGHT: Rgb = Rgb { r: 0xff, g: 0xff, b: 0xff };

impl Rgb {
    /// Reads `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgba(r, g, b, a)` (alpha is ignored).
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if let Some(hex) = text.strip_prefix('#') {
            let digit = |i: usize| u8::from_str_radix(hex.get(i..i + 1)?, 16).ok();
            return match hex.len() {
                3 => Some(Rgb { r: digit(0)? * 17, g: digit(1)? * 17, b: digit(2)? * 17 }),
                6 => {
                    let pair = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
                    Some(Rgb { r: pair(0)?, g: pair(2)?, b: pair(4)? })
                }
                _ => None,
            };
        }
        let inner = text.strip_prefix("rgba(").or_else(|| text.strip_prefix("rgb("))?.strip_suffix(')')?;
        let mut channels = inner.split(',').map(|part| part.trim().parse::<u8>().ok());
        Some(Rgb { r: channels.next()??, g: channels.next()??, b: channels.next()?? })
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.r) + 0.7152 * linear(self.g) + 0.0722 * linear(self.b)
    }

    /// WCAG 2 contrast ratio between two colours, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// The text colour (white or near-black) with the higher contrast on this colour.
    pub fn text_on(self) -> &'static str {
        if self.contrast(LIGHT) >= self.contrast(DARK) {
            LIGHT_TEXT
        } else {
            DARK_TEXT
        }
    }
}

/// A theme's default colours: the one source of them. styles/context-check.css (the `--_*`
/// defaults behind each `--cc-*` property), www/page.css (`--theme-*`, which the hosted pages and
/// the builder use), www/host-contract.js (for the builder's email button) and www/icon.svg are
/// written from these by `tests/host_contract.rs`; the card and team images read them directly.
pub struct Theme {
    /// The widget's background.
    pub background: Rgb,
    /// Raised parts: options, fields.
    pub surface: Rgb,
    /// Body text, which the ink also moves toward until it reads.
    pub text: Rgb,
    /// Secondary text.
    pub muted: Rgb,
    pub border: Rgb,
    /// The empty part of bars.
    pub track: Rgb,
    /// Buttons, bars and links, unless the host sets an accent.
    pub accent: Rgb,
    /// Text on the accent.
    pub on_accent: Rgb,
    /// How much accent the soft tint mixes into the background, in percent.
    pub soft_percent: u8,
    /// Text fields' borders (3:1 on the background).
    pub control: Rgb,
    /// The focus ring (3:1).
    pub focus: Rgb,
    pub danger: Rgb,
    /// Text on `danger`.
    pub on_danger: Rgb,
    pub notice_bg: Rgb,
    pub notice_text: Rgb,
    /// The card's shadow, as CSS.
    pub shadow: &'static str,
}

impl Theme {
    /// Every colour with its name as a CSS property (`--cc-<name>`, `--theme-<name>`), in the
    /// stylesheet's order.
    pub fn colours(&self) -> [(&'static str, Rgb); 14] {
        [
            ("bg", self.background),
            ("surface", self.surface),
            ("text", self.text),
            ("muted", self.muted),
            ("border", self.border),
            ("track", self.track),
            ("accent", self.accent),
            ("on-accent", self.on_accent),
            ("control", self.control),
            ("focus", self.focus),
            ("danger", self.danger),
            ("on-danger", self.on_danger),
            ("notice-bg", self.notice_bg),
            ("notice-text", self.notice_text),
        ]
    }
}

const fn rgb(r: u8, g: u8, b: u8) -> Rgb {
    Rgb { r, g, b }
}

/// The light theme's defaults.
pub const LIGHT_THEME: Theme = Theme {
    background: rgb(0xff, 0xff, 0xff),
    surface: rgb(0xf5, 0xf6, 0xf8),
    text: rgb(0x1b, 0x1f, 0x24),
    muted: rgb(0x54, 0x5d, 0x68),
    border: rgb(0xc9, 0xd1, 0xda),
    track: rgb(0xe3, 0xe7, 0xec),
    accent: rgb(0x34, 0x51, 0xc7),
    on_accent: rgb(0xff, 0xff, 0xff),
    soft_percent: 12,
    control: rgb(0x76, 0x7f, 0x8b),
    focus: rgb(0x1f, 0x5f, 0xd6),
    danger: rgb(0xb4, 0x23, 0x18),
    on_danger: rgb(0xff, 0xff, 0xff),
    notice_bg: rgb(0xff, 0xf6, 0xdb),
    notice_text: rgb(0x5c, 0x44, 0x00),
    shadow: "0 1px 2px rgba(16, 24, 40, 0.06), 0 4px 16px rgba(16, 24, 40, 0.06)",
};

/// The dark theme's defaults.
pub const DARK_THEME: Theme = Theme {
    background: rgb(0x17, 0x1a, 0x20),
    surface: rgb(0x20, 0x24, 0x2c),
    text: rgb(0xe9, 0xec, 0xf1),
    muted: rgb(0xa9, 0xb2, 0xbd),
    border: rgb(0x3a, 0x42, 0x4d),
    track: rgb(0x2e, 0x34, 0x3d),
    accent: rgb(0x9d, 0xb0, 0xff),
    on_accent: rgb(0x10, 0x14, 0x2a),
    soft_percent: 18,
    control: rgb(0x77, 0x80, 0x8c),
    focus: rgb(0x9d, 0xb0, 0xff),
    danger: rgb(0xff, 0x8a, 0x80),
    on_danger: rgb(0x2a, 0x09, 0x06),
    notice_bg: rgb(0x3a, 0x30, 0x19),
    notice_text: rgb(0xff, 0xe4, 0xa3),
    shadow: "none",
};

/// Text contrast (WCAG 1.4.3 asks 4.5:1), which the ink meets so it also serves as a UI part
/// (3:1). The margin covers the browser's own rounding of `color-mix` for the soft tint.
const INK_CONTRAST: f64 = 4.6;

impl Rgb {
    /// `percent` of `self` mixed with the rest of `other`, per sRGB channel (as CSS `color-mix`
    /// in srgb does).
    pub fn mix(self, other: Rgb, percent: u8) -> Rgb {
        let p = u16::from(percent.min(100));
        let channel = |a: u8, b: u8| ((u16::from(a) * p + u16::from(b) * (100 - p) + 50) / 100) as u8;
        Rgb { r: channel(self.r, other.r), g: channel(self.g, other.g), b: channel(self.b, other.b) }
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// This colour used as text or a UI part (links, the chosen option, bars) in `theme`: itself
    /// when it reads at 4.5:1 on every background of the theme, else moved toward the theme's
    /// text colour in 5% steps to the first that reads.
    pub fn ink_in(self, theme: &Theme) -> Rgb {
        let backgrounds = [theme.background, theme.surface, self.mix(theme.background, theme.soft_percent)];
        let reads = |ink: Rgb| backgrounds.iter().all(|bg| ink.contrast(*bg) >= INK_CONTRAST);
        (0..=100u8).step_by(5).map(|toward| theme.text.mix(self, toward)).find(|ink| reads(*ink)).unwrap_or(theme.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_a_browser_normalises_to_are_read() {
        assert_eq!(Rgb::parse("#0b7285"), Some(Rgb { r: 0x0b, g: 0x72, b: 0x85 }));
        assert_eq!(Rgb::parse("#fa0"), Some(Rgb { r: 0xff, g: 0xaa, b: 0x00 }));
        assert_eq!(Rgb::parse("rgba(255, 0, 10, 0.5)"), Some(Rgb { r: 255, g: 0, b: 10 }));
        assert_eq!(Rgb::parse("rgb(1,2,3)"), Some(Rgb { r: 1, g: 2, b: 3 }));
        for bad in ["", "#12", "#ggg", "rebeccapurple", "rgb(300, 0, 0)", "rgb(1, 2)", "#1234567"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        assert!((LIGHT.contrast(Rgb { r: 0, g: 0, b: 0 }) - 21.0).abs() < 1e-9);
        assert!((LIGHT.contrast(LIGHT) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let grey = Rgb { r: 0x76, g: 0x76, b: 0x76 };
        assert!((grey.contrast(LIGHT) - 4.54).abs() < 0.01);
    }

    #[test]
    fn dark_accents_get_white_text_and_light_accents_get_dark_text() {
        assert_eq!(Rgb::parse("#3451c7").map(Rgb::text_on), Some(LIGHT_TEXT));
        assert_eq!(Rgb::parse("#0b7285").map(Rgb::text_on), Some(LIGHT_TEXT));
        assert_eq!(Rgb::parse("#ffd43b").map(Rgb::text_on), Some(DARK_TEXT));
        assert_eq!(Rgb::parse("#9db0ff").map(Rgb::text_on), Some(DARK_TEXT));
    }

    /// Grey, red, green, blue and yellow ramps, and a magenta-to-green sweep, in `step`s.
    fn ramps(step: usize) -> impl Iterator<Item = Rgb> {
        (0u8..=255).step_by(step).flat_map(|v| {
            [
                Rgb { r: v, g: v, b: v },
                Rgb { r: v, g: 0, b: 0 },
                Rgb { r: 0, g: v, b: 0 },
                Rgb { r: 0, g: 0, b: v },
                Rgb { r: v, g: v, b: 0 },
                Rgb { r: 255, g: v, b: 255 - v },
            ]
        })
    }

    #[test]
    fn the_chosen_text_colour_always_reaches_at_least_4_5_to_1_on_grey_ramps_and_hues() {
        for colour in ramps(5) {
            let text = Rgb::parse(colour.text_on()).unwrap_or(LIGHT);
            assert!(colour.contrast(text) >= 4.5, "{colour:?} with {text:?}");
        }
    }

    #[test]
    fn an_accent_that_already_reads_is_its_own_ink() {
        let accent = Rgb { r: 0x34, g: 0x51, b: 0xc7 };
        assert_eq!(accent.ink_in(&LIGHT_THEME), accent);
        let light_accent = Rgb { r: 0x9d, g: 0xb0, b: 0xff };
        assert_eq!(light_accent.ink_in(&DARK_THEME), light_accent);
    }

    #[test]
    fn a_yellow_accent_gets_a_darker_ink_in_light_and_a_navy_one_a_lighter_ink_in_dark() {
        let yellow = Rgb { r: 0xff, g: 0xd5, b: 0x4a };
        let ink = yellow.ink_in(&LIGHT_THEME);
        assert!(ink.luminance() < yellow.luminance());
        assert!(ink.contrast(LIGHT_THEME.background) >= 4.5);
        let navy = Rgb { r: 0x1a, g: 0x23, b: 0x7e };
        let ink = navy.ink_in(&DARK_THEME);
        assert!(ink.luminance() > navy.luminance());
        assert!(ink.contrast(DARK_THEME.background) >= 4.5);
    }

    #[test]
    fn every_ink_reads_on_every_background_of_its_theme() {
        for accent in ramps(5) {
            for theme in [&LIGHT_THEME, &DARK_THEME] {
                let ink = accent.ink_in(theme);
                let soft = accent.mix(theme.background, theme.soft_percent);
                for bg in [theme.background, theme.surface, soft] {
                    assert!(ink.contrast(bg) >= 4.5, "{accent:?} as {ink:?} on {bg:?}");
                }
            }
        }
    }

    #[test]
    fn mixing_matches_css_color_mix_and_hex_is_lowercase() {
        let white = Rgb { r: 255, g: 255, b: 255 };
        let black = Rgb { r: 0, g: 0, b: 0 };
        assert_eq!(black.mix(white, 50).hex(), "#808080");
        assert_eq!(black.mix(white, 0), white);
        assert_eq!(black.mix(white, 100), black);
        assert_eq!(Rgb { r: 0xAB, g: 0x0C, b: 0xFF }.hex(), "#ab0cff");
    }

    #[test]
    fn the_default_colours_keep_the_contrasts_the_readme_promises() {
        for theme in [&LIGHT_THEME, &DARK_THEME] {
            let soft = theme.accent.mix(theme.background, theme.soft_percent);
            for bg in [theme.background, theme.surface] {
                for text in [theme.text, theme.muted] {
                    assert!(text.contrast(bg) >= 4.5, "{text:?} on {bg:?}");
                }
                assert!(theme.control.contrast(bg) >= 3.0, "control on {bg:?}");
                assert!(theme.focus.contrast(bg) >= 3.0, "focus on {bg:?}");
            }
            assert_eq!(theme.accent.ink_in(theme), theme.accent, "the default accent reads as it is");
            assert!(theme.accent.contrast(soft) >= 4.5);
            assert!(theme.on_accent.contrast(theme.accent) >= 4.5);
            assert!(theme.on_danger.contrast(theme.danger) >= 4.5);
            assert!(theme.notice_text.contrast(theme.notice_bg) >= 4.5);
        }
    }
}
