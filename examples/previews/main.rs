//! Link previews and the oEmbed for the hosted pages, and the standalone page's first paint,
//! written into dist/ by `make dist`: `cargo run --example previews -- <dist> [<site url>]`. See
//! `native.rs` and `first_paint.rs`. The drawing crates are
//! native dev-dependencies, so on wasm32 (where `wasm-pack test` builds every example) this is empty.

#[cfg(not(target_arch = "wasm32"))]
mod first_paint;
#[cfg(not(target_arch = "wasm32"))]
mod native;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
