#!/usr/bin/env bash
# Builds the release bundle and assembles dist/: a self-contained folder for any static host.
source "$(dirname "$0")/lib.sh"

# Never Debian's binaryen: its wasm-opt 108 builds fine and then breaks the page.
if [ "$(command -v wasm-opt)" != "$ROOT/tools/node_modules/.bin/wasm-opt" ] || ! wasm-opt --version | grep -q 'version 132'; then
  echo "wasm-opt must be npm's binaryen 132 in tools/: run scripts/setup-build.sh" >&2
  exit 1
fi

say "building the release bundle"
rm -rf target/pkg target/pkg-team
# wasm-pack uses the wasm-opt and wasm-bindgen found on PATH (see lib.sh); its update check may warn.
wasm-pack --log-level warn build --release --target web --out-dir target/pkg --out-name context_check
say "building the team view page's bundle"
wasm-pack --log-level warn build --release --target web --out-dir target/pkg-team --out-name context_check_team \
  -- --no-default-features --features team-page

rm -rf dist
mkdir -p dist/pkg dist/styles dist/www
cp target/pkg/context_check.js target/pkg/context_check_bg.wasm target/pkg/context_check.d.ts \
  target/pkg/package.json dist/pkg/
cp target/pkg-team/context_check_team.js target/pkg-team/context_check_team_bg.wasm \
  target/pkg-team/context_check_team.d.ts dist/pkg/
# The widget's bundle carries English only; each translation is a file beside it that a reader of
# that language fetches (see src/shipped.rs).
cargo run --quiet --locked --example export_instrument -- de dist/pkg
cp index.html dist/
# Netlify's and Cloudflare Pages' header file (CORS, MIME types, caching); other hosts ignore it.
cp scripts/hosting/_headers dist/
# The Hugo shortcode and the Jekyll include, for authors to copy into their sites.
cp -R integrations dist/
cp styles/*.css dist/styles/
# www/ is the product. The demo pages and test fixtures (demo/) are served beside dist/ by
# `make demo` and the browser tests (tools/serve.mjs), never copied into it.
cp -R www/. dist/www/
# Link previews: the card image and each hosted page's Open Graph and Twitter tags. SITE_URL, the
# address dist/ will be served from (https://…), makes their addresses absolute, as crawlers want.
cargo run --quiet --locked --example previews -- dist "${SITE_URL:-}"
node tools/package.mjs
# Minified in place with npm's esbuild, module by module (nothing is bundled: each file keeps its
# imports and exports). The readable sources are www/, styles/ and wasm-bindgen's target/pkg/.
esbuild --log-level=warning --minify --format=esm --target=es2022 --allow-overwrite --outdir=dist/pkg dist/pkg/*.js
esbuild --log-level=warning --minify --format=esm --target=es2022 --allow-overwrite --outdir=dist/www dist/www/*.js
esbuild --log-level=warning --minify --allow-overwrite --outdir=dist/styles dist/styles/*.css
esbuild --log-level=warning --minify --allow-overwrite --outdir=dist/www dist/www/*.css
say "dist/ is ready"
