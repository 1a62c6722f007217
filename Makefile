# Context Check. `make demo` and `make test` set up what they need on a fresh machine.
.PHONY: demo test bench dist setup clean fuzz

# Build the release bundle into dist/ and serve it on http://127.0.0.1:8080/, with the demo pages
# (demo/, not part of dist/) at http://127.0.0.1:8080/demo/demos.html.
demo: dist
	node tools/serve.mjs dist 8080

# Every test: formatting and lints, native, bundle budget, component (wasm-pack test) and end to end,
# in headless Chromium.
test:
	bash scripts/test.sh

# Bundle sizes (raw, gzip, brotli) and the median time to the first question.
bench:
	bash scripts/bench.sh

# dist/: the self-contained folder to upload to any static host.
dist: setup
	bash scripts/build-dist.sh

setup:
	bash scripts/setup-build.sh

# Fuzzes the share-link decoders with 200000 inputs (FUZZ_RUNS=n to change).
fuzz:
	bash scripts/fuzz.sh

clean:
	rm -rf dist target/pkg target/screenshots
