//! Colour arithmetic for a host's `accent`: which text colour reads best on it (WCAG 2 contrast).
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
        let inner = text
            .strip_prefix("rgba(")
            .or_else(|| text.strip_prefix("rgb("))?
            .strip_suffix(')')?;
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

    #[test]
    fn the_chosen_text_colour_always_reaches_at_least_4_5_to_1_on_grey_ramps_and_hues() {
        for value in (0u8..=255).step_by(5) {
            for colour in [
                Rgb { r: value, g: value, b: value },
                Rgb { r: value, g: 0, b: 0 },
                Rgb { r: 0, g: value, b: 0 },
                Rgb { r: 0, g: 0, b: value },
                Rgb { r: value, g: value, b: 0 },
            ] {
                let text = Rgb::parse(colour.text_on()).unwrap_or(LIGHT);
                assert!(colour.contrast(text) >= 4.5, "{colour:?} with {text:?}");
            }
        }
    }
}
