// embed.html: mounts the widget with the options in the query string and tells the parent page
// its height after every change, as { contextCheck: { height } }. The height is all it sends.
// Embedded by WordPress from our oEmbed (an iframe sandboxed with allow-scripts, whose address ends
// in `#?secret=<secret>`), it also sends WordPress's own resize message, the only one WordPress's
// page listens to: { message: "height", value, secret }.
// Asked to with `relay=1` (RELAY) in its query, it also tells the parent page what the widget's events say,
// addressed to the parent's origin only: { contextCheck: { event: "step", detail: { screen,
// question, total } } } on every screen and { contextCheck: { event: "complete", detail: { profile } } }
// when the reader finishes. embed.js turns these into the element's own events on the iframe.
import init, { mount } from "../pkg/context_check.js";
import { rememberStart } from "./first-paint.js";
import { ATTRIBUTES, RELAY } from "./host-contract.js";

const params = new URLSearchParams(window.location.search);
const options = {};
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) options[name] = value;
}
// Share links point at the hosted page, not at this frame-only page.
options.link = new URL("../", import.meta.url).href;
// A frame sandboxed without allow-same-origin has an opaque origin. WordPress's oEmbed frames are
// sandboxed so (allow-scripts only): nothing can be downloaded or opened in a new tab there.
if (window.origin === "null") options.frame = "sandboxed";
const host = document.getElementById("context-check");
const started = rememberStart(host);

/** The secret WordPress put in this frame's address, letters and digits only, or null. */
const wordpressSecret = /^#\?secret=([A-Za-z0-9]{1,64})$/.exec(window.location.hash)?.[1] ?? null;

/** The parent page's origin, which relayed events are addressed to, or null when unknown. */
function parentOrigin() {
  const ancestor = window.location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== "null") return ancestor;
  try {
    const origin = new URL(document.referrer).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

const relaying = window.parent !== window && params.get(RELAY.name) === RELAY.value;
const relayTo = relaying ? parentOrigin() : null;
if (relayTo) {
  // Copied field by field, so nothing but these leaves the frame.
  const relay = (event, detail) => window.parent.postMessage({ contextCheck: { event, detail } }, relayTo);
  host.addEventListener("context-check:step", ({ detail }) =>
    relay("step", { screen: detail.screen, question: detail.question, total: detail.total }),
  );
  host.addEventListener("context-check:complete", ({ detail }) => relay("complete", { profile: detail.profile }));
} else if (relaying) {
  console.warn("Context Check: relay=1, but the parent page's origin is unknown (no referrer); nothing is relayed.");
}

// A host that fits the frame to its content answers each height message by resizing it (embed.js
// and WordPress do). One that doesn't leaves the frame the height it was given, and a long result
// would scroll inside it. So a second after each height is sent, the frame checks that it got at
// least that height; if not, it sends it once more and checks again. When the host still hasn't
// given it (it never resizes, or caps the height, as WordPress does at 1000 px), the frame is taken
// as fixed: data-frame="fixed" on this page, and frame.css shows the result in short, with "Open
// your full result" in a new tab. It stays so. A hidden page (a background tab, a collapsed
// section) lays nothing out, so its checks wait until it is shown.
const ANSWER_WAIT_MS = 1000;
/** Borders and rounding on the host's side, which a fitted frame may differ by. */
const SLACK_PX = 40;
let fixed = false;

if (window.parent !== window) {
  let sent = -1;
  const send = (height) => {
    // Only a number is sent, so any origin may read it.
    window.parent.postMessage({ contextCheck: { height } }, "*");
    if (wordpressSecret) window.parent.postMessage({ message: "height", value: height, secret: wordpressSecret }, "*");
  };
  const shown = () => document.visibilityState === "visible" && window.innerHeight > 0;
  const check = (height, tries) =>
    setTimeout(() => {
      // Done when a newer height is being checked, or when this one was given.
      if (fixed || sent !== height || (shown() && window.innerHeight + SLACK_PX >= height)) return;
      if (!shown()) {
        document.addEventListener("visibilitychange", () => check(height, tries), { once: true });
      } else if (tries > 1) {
        send(height);
        check(height, tries - 1);
      } else {
        fixed = true;
        document.documentElement.dataset.frame = "fixed";
      }
    }, ANSWER_WAIT_MS);
  new ResizeObserver(() => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height !== sent) {
      sent = height;
      send(height);
      if (!fixed) check(height, 2);
    }
  }).observe(document.body);
}

try {
  await init();
  if (started()) options.start = "question";
  window.contextCheck = mount(host, options);
} catch (error) {
  console.error("Context Check could not start:", error);
  const link = document.createElement("a");
  link.href = new URL("../", import.meta.url).href;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  link.textContent = "Open the assessment";
  host.replaceChildren("Context Check can't run inside this frame. ", link);
}
