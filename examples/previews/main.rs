//! Link previews and the oEmbed for the hosted pages, written into dist/ by `make dist`:
//! `cargo run --example previews -- <dist> [<site url>]`. See `native.rs`. The drawing crates are
//! native dev-dependencies, so on wasm32 (where `wasm-pack test` builds every example) this is empty.

#[cfg(not(target_arch = "wasm32"))]
mod native;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
