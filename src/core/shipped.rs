//! The instrument shipped with the widget: validated by the build script, embedded as postcard.

use std::sync::OnceLock;

use crate::core::instrument::{Instrument, InstrumentError};

const SHIPPED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/instrument.bin"));

impl Instrument {
    /// The shipped instrument, decoded once.
    pub fn shipped() -> Result<&'static Instrument, InstrumentError> {
        static DECODED: OnceLock<Result<Instrument, InstrumentError>> = OnceLock::new();
        DECODED
            .get_or_init(|| postcard::from_bytes(SHIPPED).map_err(|e| InstrumentError::Syntax(e.to_string())))
            .as_ref()
            .map_err(Clone::clone)
    }
}
