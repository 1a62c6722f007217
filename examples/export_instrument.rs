//! Writes a shipped translation's instrument file, the one the widget fetches for readers of that
//! language: `cargo run --example export_instrument -- de dist/pkg/instrument.de.bin`.

use context_check::core::options::Locale;
use context_check::core::shipped;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [lang, path] = args.as_slice() else {
        eprintln!("usage: export_instrument <lang> <file>");
        std::process::exit(2);
    };
    let Some(locale) = Locale::for_tag(lang) else {
        eprintln!("no shipped language `{lang}`");
        std::process::exit(2);
    };
    let Some(bytes) = shipped::encoded(locale) else {
        eprintln!("`{lang}` is not compiled into this build");
        std::process::exit(1);
    };
    if let Err(error) = std::fs::write(path, bytes) {
        eprintln!("could not write {path}: {error}");
        std::process::exit(1);
    }
}
