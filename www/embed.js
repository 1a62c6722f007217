// Context Check's embed loader. A page writes
//   <script type="module" src="https://HOST/www/embed.js"></script>
//   <context-check theme="auto"></context-check>
// and gets the widget in a shadow root of its own. The wasm is fetched once for every widget on
// the page, and only when the first widget nears the viewport. The same script resizes iframes
// marked `data-context-check` to their content, and dispatches the events such a frame relays
// (`relay=1`) on the iframe, as the element would. README.md documents the attributes and events.

const ROOT = new URL("../", import.meta.url);
const GLUE = new URL("pkg/context_check.js", ROOT);
const WASM = new URL("pkg/context_check_bg.wasm", ROOT);
const STYLES = new URL("styles/context-check.css", ROOT);
const HOSTED = new URL("./", ROOT);
// The attributes of <context-check>: the options www/host-contract.js marks as attributes.
// BEGIN host options: written from crates/core/src/options.rs by tests/host_contract.rs; do not edit (UPDATE_CONTRACT=1 cargo test --test host_contract).
const OPTIONS = ["theme", "accent", "start", "instance", "lang", "font", "share-url", "cta-href", "cta-label"];
// END host options
// The fallback's words, in the languages the widget speaks.
const FALLBACK = {
  en: ["Context Check can't run inside this page. ", "Open the assessment"],
  de: ["Context Check kann auf dieser Seite nicht laufen. ", "Den Check öffnen"],
};
// Shared by every copy of this script on the page, even copies loaded from different URLs.
const SHARED = Symbol.for("context-check");
const shared = (globalThis[SHARED] ??= {});

/**
 * The theme `auto` stands for on this page: the colour schemes the host page declares (its
 * `color-scheme` property, else its `<meta name="color-scheme">`) when it declares only one, so a
 * light-only blog never shows a dark box; the reader's system ("auto") where the page supports
 * both, or says nothing.
 */
export function hostScheme(declared) {
  const schemes = new Set(String(declared ?? "").toLowerCase().split(/\s+/).filter((w) => w === "light" || w === "dark"));
  return schemes.size === 1 ? [...schemes][0] : "auto";
}

function declaredScheme() {
  const property = getComputedStyle(document.documentElement).colorScheme;
  if (property && property !== "normal") return property;
  return document.querySelector('meta[name="color-scheme"]')?.content ?? "";
}

/** The wasm module, started once. */
function loadWidget() {
  shared.module ??= import(GLUE.href).then(async (glue) => {
    await glue.default({ module_or_path: WASM });
    return glue;
  });
  return shared.module;
}

/** Starts loading a widget when it comes within a screen or so of the viewport. */
function whenNear(element, start) {
  if (!("IntersectionObserver" in globalThis)) {
    start();
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        start();
      }
    },
    { rootMargin: "800px 0px" },
  );
  observer.observe(element);
  return () => observer.disconnect();
}

/** Resolves when a stylesheet link has loaded (or failed: the widget is still usable). */
function loaded(link) {
  return new Promise((done) => {
    link.addEventListener("load", done, { once: true });
    link.addEventListener("error", done, { once: true });
  });
}

class ContextCheckElement extends HTMLElement {
  static observedAttributes = OPTIONS;
  #mountPoint = null;
  #styled = null;
  #widget = null;
  #stopWatching = null;
  #generation = 0;

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: "open" });
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = STYLES.href;
      this.#styled = loaded(link);
      this.#mountPoint = document.createElement("div");
      root.append(link, this.#mountPoint);
    }
    this.#stopWatching = whenNear(this, () => this.#mount());
  }

  disconnectedCallback() {
    this.#stopWatching?.();
    this.#unmount();
  }

  attributeChangedCallback(_name, before, after) {
    if (before !== after && this.#widget) this.#mount();
  }

  #options() {
    const options = {};
    for (const name of OPTIONS) {
      const value = this.getAttribute(name);
      if (value !== null) options[name] = value;
    }
    if ((options.theme ?? "auto").trim() === "auto") options.theme = hostScheme(declaredScheme());
    return options;
  }

  #unmount() {
    this.#generation += 1;
    this.#widget?.unmount();
    this.#widget = null;
  }

  async #mount() {
    this.#unmount();
    const generation = this.#generation;
    try {
      const [glue] = await Promise.all([loadWidget(), this.#styled]);
      // Removed, moved or re-configured while loading: that newer call mounts instead.
      if (generation !== this.#generation || !this.isConnected) return;
      this.#mountPoint.replaceChildren();
      this.#widget = glue.mount(this.#mountPoint, this.#options());
    } catch (error) {
      if (generation !== this.#generation) return;
      console.warn("Context Check could not start here; showing a link to the hosted page instead.", error);
      this.#showFallback();
    }
  }

  /** A plain link to the hosted assessment, for pages that forbid WebAssembly. */
  #showFallback() {
    const box = document.createElement("div");
    box.className = "cc-root";
    const language = (this.getAttribute("lang") ?? navigator.language ?? "en").slice(0, 2).toLowerCase();
    const [sentence, action] = FALLBACK[language] ?? FALLBACK.en;
    const text = document.createElement("p");
    text.append(sentence);
    const link = document.createElement("a");
    link.className = "cc-fallback-link";
    link.href = HOSTED.href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = action;
    link.dataset.testid = "fallback";
    text.append(link);
    box.append(text);
    this.#mountPoint.replaceChildren(box);
  }
}

if (!customElements.get("context-check")) {
  customElements.define("context-check", ContextCheckElement);
}

/** Sizes `iframe` (an embed.html frame) to its content from now on. */
export function autoResize(iframe) {
  iframe.setAttribute("data-context-check", "");
}

/** The origin a frame's messages must come from: its own, or "null" when sandboxed without it. */
function expectedOrigin(frame) {
  const sandboxed = frame.hasAttribute("sandbox") && !frame.sandbox.contains("allow-same-origin");
  return sandboxed ? "null" : new URL(frame.src, document.baseURI).origin;
}

// The screens a step event names, for checking what a frame relays.
// BEGIN screens: written from crates/core/src/session.rs by tests/host_contract.rs; do not edit (UPDATE_CONTRACT=1 cargo test --test host_contract).
const SCREENS = new Set(["intro", "resume", "question", "review", "result"]);
// END screens

/** A relayed event's detail when it has the shape embed.html sends, else null. */
function relayedDetail(event, detail) {
  const count = (n) => n === null || (Number.isInteger(n) && n >= 0 && n <= 1000);
  if (event === "step" && SCREENS.has(detail?.screen) && count(detail.question) && count(detail.total)) {
    return { screen: detail.screen, question: detail.question, total: detail.total };
  }
  if (event === "complete" && typeof detail?.profile === "string" && /^[a-z0-9_]{1,64}$/.test(detail.profile)) {
    return { profile: detail.profile };
  }
  return null;
}

/** Applies a frame's message to that frame: its height, or an event it relays (`relay=1`). */
function fromFrame(frame, message) {
  const height = message.height;
  if (typeof height === "number") {
    if (Number.isFinite(height) && height >= 0 && height <= 100000) frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
  const detail = relayedDetail(message.event, message.detail);
  if (detail) frame.dispatchEvent(new CustomEvent(`context-check:${message.event}`, { bubbles: true, detail }));
}

if (!shared.resizing) {
  shared.resizing = true;
  globalThis.addEventListener("message", (event) => {
    const message = event.data?.contextCheck;
    if (typeof message !== "object" || message === null) return;
    for (const frame of document.querySelectorAll("iframe[data-context-check]")) {
      if (frame.contentWindow === event.source && event.origin === expectedOrigin(frame)) {
        fromFrame(frame, message);
        return;
      }
    }
  });
}
