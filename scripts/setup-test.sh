#!/usr/bin/env bash
# Everything setup-build.sh installs, plus Debian's Chromium and ChromeDriver for the browser tests
# and Debian's Hugo for the shortcode's.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup-build.sh"

# Hugo builds a site with the shortcode in dist/integrations/hugo/ (tests/e2e/integrations.test.mjs).
if [ ! -x /usr/lib/chromium/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v hugo >/dev/null; then
  say "installing chromium, chromium-driver and hugo from Debian"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver hugo >/dev/null
fi
