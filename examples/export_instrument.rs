//! Writes a shipped translation's instrument file (its instrument, then the widget's words in that
//! language), the one the widget fetches for readers of that language, named as the widget looks
//! for it: `cargo run --example export_instrument -- de dist/pkg` writes
//! `dist/pkg/instrument.de.v<version>.bin`. Natively only: the translation's words are compiled in
//! there (on wasm32, where `wasm-pack test` builds every example, this is empty).

#[cfg(not(target_arch = "wasm32"))]
use context_check::core::options::Locale;
#[cfg(not(target_arch = "wasm32"))]
use context_check::shipped::{self, Shipped};

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    export();
}

#[cfg(not(target_arch = "wasm32"))]
fn export() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [lang, folder] = args.as_slice() else {
        eprintln!("usage: export_instrument <lang> <folder>");
        std::process::exit(2);
    };
    let Some(locale) = Locale::for_tag(lang) else {
        eprintln!("no shipped language `{lang}`");
        std::process::exit(2);
    };
    let Some(bytes) = shipped::translation_file(locale) else {
        eprintln!("`{lang}` is not compiled into this build");
        std::process::exit(1);
    };
    let version = match context_check::core::instrument::Instrument::shipped() {
        Ok(english) => english.version,
        Err(error) => {
            eprintln!("{error}");
            std::process::exit(1);
        }
    };
    let path = format!("{folder}/{}", locale.file_name(version));
    if let Err(error) = std::fs::write(&path, bytes) {
        eprintln!("could not write {path}: {error}");
        std::process::exit(1);
    }
}
