// Mounts Context Check on the standalone page. `?theme=light|dark|auto` picks the colour scheme.
import init, { mount } from "../pkg/context_check.js";
import { rememberStart } from "./first-paint.js";

const params = new URLSearchParams(window.location.search);
const theme = params.get("theme") ?? "auto";
document.documentElement.dataset.theme = theme;
const host = document.getElementById("context-check");
const started = rememberStart(host);

try {
  await init();
  window.contextCheck = mount(host, started() ? { theme, start: "question" } : { theme });
} catch (error) {
  console.error("Context Check could not start:", error);
  host.textContent = "Context Check could not start in this browser. Please try another browser or reload the page.";
  host.className = "fallback";
}
