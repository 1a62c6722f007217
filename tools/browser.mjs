// Launches Debian's Chromium through playwright-core (which downloads no browser), with the flags
// this machine needs: no sandbox as root, and no background network traffic.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const { chromium } = require("playwright-core");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}
