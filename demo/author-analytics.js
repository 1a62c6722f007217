// The author's own analytics, as README.md's recipe writes it: embed.js dispatches the frame's
// relayed events on the iframe, like the element's own, so one listener serves both embeds.
window.dataLayer = window.dataLayer || [];
document.addEventListener("context-check:step", (event) => {
  const { screen, question, total } = event.detail;
  const log = document.getElementById("analytics-log");
  if (log) log.textContent = screen === "question" ? `question ${question} of ${total}` : screen;
});
document.addEventListener("context-check:complete", (event) => {
  // With Plausible: plausible("Context Check complete", { props: { profile: event.detail.profile } });
  // With Fathom: fathom.trackEvent("context-check-complete");
  window.dataLayer.push({ event: "context_check_complete", profile: event.detail.profile });
  const log = document.getElementById("analytics-log");
  if (log) log.textContent = `finished: ${event.detail.profile}`;
});
