//! The instruments shipped with the widget, one per language: validated (and the translation
//! checked against the original) by the build script, encoded as postcard, decoded on first use.
//!
//! English is compiled in. A translation is compiled in too, except in the widget's own bundle:
//! there a reader downloads only their language, as a file beside the bundle
//! ([`Locale::instrument_file`], written by `make dist`), which the shell fetches and hands to
//! [`Instrument::provide`].

use std::sync::OnceLock;

use crate::core::instrument::{Instrument, InstrumentError};
use crate::core::options::Locale;

const ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/instrument.bin"));

/// The translations compiled in: all of them, except in the widget's bundle.
#[cfg(any(not(target_arch = "wasm32"), feature = "team-page"))]
const GERMAN: Option<&[u8]> = Some(include_bytes!(concat!(env!("OUT_DIR"), "/instrument.de.bin")));
#[cfg(all(target_arch = "wasm32", not(feature = "team-page")))]
const GERMAN: Option<&[u8]> = None;

type Decoded = OnceLock<Result<Instrument, InstrumentError>>;

static EN: Decoded = OnceLock::new();
static DE: Decoded = OnceLock::new();

fn decode(cell: &'static Decoded, bytes: &[u8]) -> Result<&'static Instrument, InstrumentError> {
    cell.get_or_init(|| postcard::from_bytes(bytes).map_err(|e| InstrumentError::Syntax(e.to_string())))
        .as_ref()
        .map_err(Clone::clone)
}

impl Locale {
    /// The file a translation of instrument `version` is fetched from, beside the bundle
    /// (`pkg/<file>`), when the bundle doesn't carry it; `None` when it is compiled in. The
    /// version is in the name, so that a cache never hands a new bundle an old translation.
    pub fn instrument_file(self, version: u32) -> Option<String> {
        match self {
            Locale::En => None,
            Locale::De => GERMAN.is_none().then(|| Self::file_name(self, version)),
        }
    }

    /// `instrument.<lang>.v<version>.bin`.
    pub fn file_name(self, version: u32) -> String {
        format!("instrument.{}.v{version}.bin", self.tag())
    }
}

impl Instrument {
    /// The shipped instrument in English.
    pub fn shipped() -> Result<&'static Instrument, InstrumentError> {
        Self::shipped_in(Locale::En)
    }

    /// The shipped instrument in a language: [`InstrumentError::NotLoaded`] for a translation
    /// that is fetched and hasn't been provided yet.
    pub fn shipped_in(locale: Locale) -> Result<&'static Instrument, InstrumentError> {
        match (locale, GERMAN) {
            (Locale::En, _) => decode(&EN, ENGLISH),
            (Locale::De, Some(bytes)) => decode(&DE, bytes),
            (Locale::De, None) => match DE.get() {
                Some(decoded) => decoded.as_ref().map_err(Clone::clone),
                None => Err(InstrumentError::NotLoaded(locale.tag().to_owned())),
            },
        }
    }

    /// Takes a fetched translation's file. A file that doesn't decode is an error for this call
    /// only, so a later try can still succeed.
    pub fn provide(locale: Locale, bytes: &[u8]) -> Result<&'static Instrument, InstrumentError> {
        let cell = match locale {
            Locale::En => return Self::shipped(),
            Locale::De => &DE,
        };
        if let Some(decoded) = cell.get() {
            return decoded.as_ref().map_err(Clone::clone);
        }
        let instrument: Instrument = postcard::from_bytes(bytes).map_err(|e| InstrumentError::Syntax(e.to_string()))?;
        if instrument.lang != locale.tag() {
            return Err(InstrumentError::Translation(format!(
                "the file is in `{}`, not `{}`",
                instrument.lang,
                locale.tag()
            )));
        }
        let english = Self::shipped()?;
        if instrument.id != english.id || instrument.version != english.version {
            return Err(InstrumentError::Translation(format!(
                "the file is of `{}` version {}, the bundle of `{}` version {}",
                instrument.id, instrument.version, english.id, english.version
            )));
        }
        cell.get_or_init(|| Ok(instrument)).as_ref().map_err(Clone::clone)
    }

    /// The widget's own words in this instrument's language.
    pub fn strings(&self) -> &'static crate::core::locale::Strings {
        match self.lang.as_str() {
            "de" => &crate::core::locale::DE,
            _ => &crate::core::locale::EN,
        }
    }
}

/// The encoded file of a shipped instrument, for `make dist` to write beside the bundle.
pub fn encoded(locale: Locale) -> Option<&'static [u8]> {
    match locale {
        Locale::En => Some(ENGLISH),
        Locale::De => GERMAN,
    }
}
