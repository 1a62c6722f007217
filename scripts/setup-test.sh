#!/usr/bin/env bash
# Everything setup-build.sh installs, plus Debian's Chromium and ChromeDriver for the browser tests.
source "$(dirname "$0")/lib.sh"
"$ROOT/scripts/setup-build.sh"

if [ ! -x /usr/lib/chromium/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from Debian"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
