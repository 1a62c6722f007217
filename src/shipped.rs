//! The instruments shipped with the widget, one per language: validated (and the translation
//! checked against the original) by the build script, encoded as postcard, decoded on first use.
//!
//! English is compiled in. A translation is compiled in natively, but not in the wasm bundles
//! (the widget's and the team page's): there a reader downloads only their language, as a file
//! beside the bundle ([`TranslationFile::instrument_file`], written by `make dist`), which
//! `app::loading` fetches and hands to [`Shipped::provide`].

use std::sync::OnceLock;

use crate::core::instrument::{Instrument, InstrumentError};
use crate::core::locale::{provide_german, Strings};
use crate::core::options::Locale;

const ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/instrument.bin"));

/// The translations compiled in: all of them natively, none in the wasm bundles, which fetch the
/// reader's language's file.
#[cfg(not(target_arch = "wasm32"))]
const GERMAN: Option<&[u8]> = Some(include_bytes!(concat!(env!("OUT_DIR"), "/instrument.de.bin")));
#[cfg(target_arch = "wasm32")]
const GERMAN: Option<&[u8]> = None;

type Decoded = OnceLock<Result<Instrument, InstrumentError>>;

static EN: Decoded = OnceLock::new();
static DE: Decoded = OnceLock::new();

fn decode(cell: &'static Decoded, bytes: &[u8]) -> Result<&'static Instrument, InstrumentError> {
    cell.get_or_init(|| postcard::from_bytes(bytes).map_err(|e| InstrumentError::Syntax(e.to_string())))
        .as_ref()
        .map_err(Clone::clone)
}

/// Where a translation that isn't compiled in is fetched from.
pub trait TranslationFile {
    /// The file a translation of instrument `version` is fetched from, beside the bundle
    /// (`pkg/<file>`), when the bundle doesn't carry it; `None` when it is compiled in.
    fn instrument_file(self, version: u32) -> Option<String>;
}

impl TranslationFile for Locale {
    fn instrument_file(self, version: u32) -> Option<String> {
        match self {
            Locale::En => None,
            Locale::De => GERMAN.is_none().then(|| self.file_name(version)),
        }
    }
}

/// The instruments this build carries, and the translations fetched for it.
pub trait Shipped {
    /// The shipped instrument in English.
    fn shipped() -> Result<&'static Instrument, InstrumentError>;
    /// The shipped instrument in a language: [`InstrumentError::NotLoaded`] for a translation
    /// that is fetched and hasn't been provided yet.
    fn shipped_in(locale: Locale) -> Result<&'static Instrument, InstrumentError>;
    /// Takes a fetched translation's file. A file that doesn't decode is an error for this call
    /// only, so a later try can still succeed.
    fn provide(locale: Locale, bytes: &[u8]) -> Result<&'static Instrument, InstrumentError>;
}

impl Shipped for Instrument {
    fn shipped() -> Result<&'static Instrument, InstrumentError> {
        Self::shipped_in(Locale::En)
    }

    fn shipped_in(locale: Locale) -> Result<&'static Instrument, InstrumentError> {
        match (locale, GERMAN) {
            (Locale::En, _) => decode(&EN, ENGLISH),
            (Locale::De, Some(bytes)) => decode(&DE, bytes),
            (Locale::De, None) => match DE.get() {
                Some(decoded) => decoded.as_ref().map_err(Clone::clone),
                None => Err(InstrumentError::NotLoaded(locale.tag().to_owned())),
            },
        }
    }

    fn provide(locale: Locale, bytes: &[u8]) -> Result<&'static Instrument, InstrumentError> {
        let cell = match locale {
            Locale::En => return Self::shipped(),
            Locale::De => &DE,
        };
        if let Some(decoded) = cell.get() {
            return decoded.as_ref().map_err(Clone::clone);
        }
        let syntax = |e: postcard::Error| InstrumentError::Syntax(e.to_string());
        let (instrument, words): (Instrument, _) = postcard::take_from_bytes(bytes).map_err(syntax)?;
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
        // The widget's own words in that language follow the instrument: kept for the rest of
        // the visit, as the instrument is.
        // Nothing may be left after them: a file written for other words (a newer or older bundle's)
        // has more or fewer fields, and is refused rather than read into the wrong ones.
        let words: &'static [u8] = Box::leak(words.to_vec().into_boxed_slice());
        let (strings, rest): (Strings, _) = postcard::take_from_bytes(words).map_err(syntax)?;
        if !rest.is_empty() {
            return Err(InstrumentError::Translation("the file's words are not this bundle's".to_owned()));
        }
        provide_german(Box::leak(Box::new(strings))).map_err(|why| InstrumentError::Translation(why.to_owned()))?;
        cell.get_or_init(|| Ok(instrument)).as_ref().map_err(Clone::clone)
    }
}

/// A translation's file, for `make dist` to write beside the bundle: its instrument, then the
/// widget's own words in that language (compiled in natively), which the widget's bundle leaves out.
#[cfg(not(target_arch = "wasm32"))]
pub fn translation_file(locale: Locale) -> Option<Vec<u8>> {
    let words = match locale {
        Locale::En => return None,
        Locale::De => &crate::core::locale::DE,
    };
    let mut file = encoded(locale)?.to_vec();
    file.extend(postcard::to_allocvec(words).ok()?);
    Some(file)
}

/// The encoded file of a shipped instrument, for `make dist` to write beside the bundle.
pub fn encoded(locale: Locale) -> Option<&'static [u8]> {
    match locale {
        Locale::En => Some(ENGLISH),
        Locale::De => GERMAN,
    }
}
