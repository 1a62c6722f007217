//! The instruments shipped with the widget, one per language: validated (and the translation
//! checked against the original) by the build script, embedded as postcard, decoded on first use.

use std::sync::OnceLock;

use crate::core::instrument::{Instrument, InstrumentError};
use crate::core::options::Locale;

const ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/instrument.bin"));
const GERMAN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/instrument.de.bin"));

type Decoded = OnceLock<Result<Instrument, InstrumentError>>;

fn decode(cell: &'static Decoded, bytes: &[u8]) -> Result<&'static Instrument, InstrumentError> {
    cell.get_or_init(|| postcard::from_bytes(bytes).map_err(|e| InstrumentError::Syntax(e.to_string())))
        .as_ref()
        .map_err(Clone::clone)
}

impl Instrument {
    /// The shipped instrument in English.
    pub fn shipped() -> Result<&'static Instrument, InstrumentError> {
        Self::shipped_in(Locale::En)
    }

    /// The shipped instrument in a language.
    pub fn shipped_in(locale: Locale) -> Result<&'static Instrument, InstrumentError> {
        static EN: Decoded = OnceLock::new();
        static DE: Decoded = OnceLock::new();
        match locale {
            Locale::En => decode(&EN, ENGLISH),
            Locale::De => decode(&DE, GERMAN),
        }
    }

    /// The widget's own words in this instrument's language.
    pub fn strings(&self) -> &'static crate::core::locale::Strings {
        match self.lang.as_str() {
            "de" => &crate::core::locale::DE,
            _ => &crate::core::locale::EN,
        }
    }
}
