//! Validates the instrument data file and compiles it to a compact binary (postcard) that the
//! widget embeds, so the bundle carries no JSON parser for it. A broken file fails the build, and
//! so `cargo test`, with a message naming the field.

use std::{env, fs, path::PathBuf};

use context_check_core::instrument;

const SOURCE: &str = "crates/core/src/instrument/context_check.json";
const GERMAN: &str = "crates/core/src/instrument/context_check.de.json";

fn main() {
    // The core is a path dependency: cargo rebuilds this script whenever any of its files change.
    println!("cargo:rerun-if-changed=build.rs");
    let english = instrument::Instrument::from_json(instrument::DEFAULT_SOURCE);
    write(SOURCE, english, "instrument.bin");
    let german = instrument::Instrument::translated(instrument::DEFAULT_SOURCE, instrument::GERMAN_OVERLAY, "de");
    write(GERMAN, german, "instrument.de.bin");
}

/// Encodes a validated instrument to postcard in OUT_DIR, or fails the build naming the file.
fn write(file: &str, parsed: Result<instrument::Instrument, instrument::InstrumentError>, name: &str) {
    let instrument = match parsed {
        Ok(instrument) => instrument,
        Err(error) => {
            eprintln!("{file}: {error}");
            std::process::exit(1);
        }
    };
    let bytes = match postcard::to_allocvec(&instrument) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("{file}: could not encode: {error}");
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join(name);
    if let Err(error) = fs::write(&out, bytes) {
        eprintln!("could not write {}: {error}", out.display());
        std::process::exit(1);
    }
}
