#!/usr/bin/env bash
# Every test: formatting and lints, native, bundle budget, component tests in Chromium, end to end in
# Chromium.
source "$(dirname "$0")/lib.sh"
# CI builds each crate once, so incremental caches (over a gigabyte) only fill the disk.
export CARGO_INCREMENTAL=0
say "free disk space: $(df -h --output=avail "$ROOT" | tail -1 | tr -d ' ') (a fresh run writes about 5 GB)"
"$ROOT/scripts/setup-test.sh"

say "formatting (cargo fmt --check) and lints (clippy, warnings are errors)"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --no-default-features --features team-page -- -D warnings

say "native tests (cargo test)"
cargo test --locked --workspace
# The core as the widget's bundle has it: without the German words, which come with the German file.
cargo test --locked -p context-check-core --no-default-features --lib

say "fuzzing the share-link decoders briefly (make fuzz runs longer)"
FUZZ_RUNS=5000 "$ROOT/scripts/fuzz.sh"

"$ROOT/scripts/build-dist.sh"
say "bundle-size budget"
node tools/sizes.mjs --check

say "component tests in headless Chromium (wasm-pack test)"
wasm-pack --log-level warn test --headless --chrome --chromedriver /usr/bin/chromedriver -- --locked

say "end-to-end tests in headless Chromium"
node --test --test-concurrency=1 tests/e2e/*.test.mjs
say "screenshots are in target/screenshots/"
