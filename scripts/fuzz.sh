#!/usr/bin/env bash
# Fuzzes the share-link decoders (fuzz/fuzz_targets/share_decode.rs) for a short, bounded run.
#
# Works on stable Rust: cargo-fuzz passes nightly-only `-Z` flags to rustc, which stable accepts
# with RUSTC_BOOTSTRAP=1 (set for these commands only). AddressSanitizer is used when the
# toolchain ships its runtime (stable does on x86_64 Linux); otherwise the target is built
# without a sanitizer, which still catches panics and failed assertions. cargo-fuzz's default
# build is optimised, with debug assertions and overflow checks on.
#
# Usage: scripts/fuzz.sh [libFuzzer options...]   e.g. scripts/fuzz.sh -runs=1000000
#   FUZZ_RUNS   inputs to try (default 200000); extra options override it.
# A failing input is saved under fuzz/artifacts/share_decode/; replay it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run share_decode fuzz/artifacts/share_decode/<file>
source "$(dirname "$0")/lib.sh"

CARGO_FUZZ_VERSION=0.13.2
TARGET=share_decode
RUNS="${FUZZ_RUNS:-200000}"

if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION"
  cargo install cargo-fuzz --locked --version "$CARGO_FUZZ_VERSION"
fi

export RUSTC_BOOTSTRAP=1

host="$(rustc -vV | sed -n 's/^host: //p')"
sanitizer=none
if compgen -G "$(rustc --print sysroot)/lib/rustlib/$host/lib/librustc-*_rt.asan.a" >/dev/null; then
  sanitizer=address
fi

say "building fuzz target $TARGET (sanitizer: $sanitizer)"
if ! cargo fuzz build --sanitizer "$sanitizer" "$TARGET"; then
  [ "$sanitizer" != none ] || exit 1
  say "no build with the $sanitizer sanitizer here; building without one"
  sanitizer=none
  cargo fuzz build --sanitizer none "$TARGET"
fi

# New inputs go to fuzz/corpus (not committed); fuzz/seeds holds valid links to start from.
corpus="$ROOT/fuzz/corpus/$TARGET"
mkdir -p "$corpus"
say "fuzzing $TARGET: $RUNS inputs"
cargo fuzz run --sanitizer "$sanitizer" "$TARGET" "$corpus" "$ROOT/fuzz/seeds/$TARGET" -- \
  -runs="$RUNS" -max_len=1024 -dict="$ROOT/fuzz/$TARGET.dict" -print_final_stats=1 "$@"
