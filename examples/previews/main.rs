//! Link previews and the oEmbed for the hosted pages, and the standalone page's first paint,
//! written into dist/ by `make dist`: `cargo run --example previews -- <dist> [<site url>]`. See
//! `native.rs`, `first_paint.rs`, `profile_pages.rs` and `email_buttons.rs`. The drawing crates are
//! native dev-dependencies, so on wasm32 (where `wasm-pack test` builds every example) this is empty.

#[cfg(not(target_arch = "wasm32"))]
mod email_buttons;
#[cfg(not(target_arch = "wasm32"))]
mod first_paint;
#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(not(target_arch = "wasm32"))]
mod profile_pages;

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
