// Writes the embeds against another origin: `?widget=<origin>` where the test gives one, else this
// server under its other name (127.0.0.1 and localhost are two origins), so `make demo` shows it too.
// `?allow=none` leaves out the iframe's allow="clipboard-write; web-share", as a careless snippet would.
const here = window.location;
const query = new URLSearchParams(here.search);
const given = query.get("widget");
const otherName = here.hostname === "localhost" ? "127.0.0.1" : "localhost";
const widget = new URL(given && /^https?:\/\//.test(given) ? given : `${here.protocol}//${otherName}:${here.port}/`);
document.getElementById("widget-origin").textContent = widget.origin;

const script = document.createElement("script");
script.type = "module";
script.src = new URL("www/embed.js", widget).href;
document.head.append(script);

const element = document.createElement("context-check");
element.dataset.testid = "element";
element.setAttribute("instance", "element");
const link = Object.assign(document.createElement("a"), { href: widget.href, textContent: "Take the 5-minute team context check" });
element.append(link);
document.getElementById("element-slot").append(element);

const frame = document.createElement("iframe");
frame.src = new URL("www/embed.html?relay=1", widget).href;
frame.title = "Context Check: a team context assessment";
if (query.get("allow") !== "none") frame.allow = "clipboard-write; web-share";
frame.className = "cc-frame";
frame.dataset.testid = "frame";
frame.setAttribute("data-context-check", "");
document.getElementById("frame-slot").append(frame);

for (const name of ["step", "complete"]) {
  document.addEventListener(`context-check:${name}`, (event) => {
    const from = event.target === frame ? "frame" : "element";
    const what = name === "complete" ? `finished (${event.detail.profile})` : event.detail.screen;
    document.getElementById(`heard-${from}`).textContent = what;
  });
}
