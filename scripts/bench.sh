#!/usr/bin/env bash
# Prints the bundle's sizes and the median time to the first question being interactive.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup-test.sh"
"$ROOT/scripts/build-dist.sh" >/dev/null
node tools/sizes.mjs
node tools/bench.mjs
