// The team view page, with a bundle of its own (pkg/context_check_team.js). `?theme=light|dark|auto` picks the colour scheme, `?lang=en|de` the language.
import init, { mountTeam } from "../pkg/context_check_team.js";

const params = new URLSearchParams(window.location.search);
const theme = params.get("theme") ?? "auto";
document.documentElement.dataset.theme = theme;
const host = document.getElementById("team-view");

try {
  await init();
  const options = { theme };
  if (params.has("lang")) options.lang = params.get("lang");
  window.contextCheckTeam = mountTeam(host, options);
} catch (error) {
  console.error("Context Check could not start:", error);
  host.textContent = "The team view could not start in this browser. Please try another browser or reload the page.";
  host.className = "fallback";
}
