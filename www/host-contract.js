// Context Check's host contract: the options a page can pass to the widget, and the themes'
// default colours. Written from crates/core/src/options.rs and crates/core/src/colour.rs by
// tests/host_contract.rs; do not edit. After changing those, run `UPDATE_CONTRACT=1 cargo test --test host_contract`.

/**
 * Every option, in the order snippets write them. `kind` is choice, language (a language tag
 * whose language is one of `values`), colour (any CSS colour), name (1 to 40 letters, digits,
 * `-` or `_`) or url (https:); `default` is null when the option is simply unset; `attribute`
 * says whether a host sets it as an attribute of <context-check> and a query parameter of
 * embed.html (embed.html sets `link` itself).
 */
export const OPTIONS = Object.freeze([
  Object.freeze({ name: "theme", kind: "choice", values: Object.freeze(["light", "dark", "auto"]), default: "auto", attribute: true, help: "Colour scheme; auto follows the reader's system." }),
  Object.freeze({ name: "accent", kind: "colour", values: Object.freeze([]), default: null, attribute: true, help: "Any CSS colour for buttons, bars and links; unset, the theme's blue." }),
  Object.freeze({ name: "start", kind: "choice", values: Object.freeze(["intro", "question"]), default: "intro", attribute: true, help: "Where a fresh visit begins: the intro or the first question." }),
  Object.freeze({ name: "instance", kind: "name", values: Object.freeze([]), default: null, attribute: true, help: "Keeps the progress of several widgets apart." }),
  Object.freeze({ name: "lang", kind: "language", values: Object.freeze(["en", "de"]), default: null, attribute: true, help: "The widget's language; unset, the reader's browser language, then English." }),
  Object.freeze({ name: "font", kind: "choice", values: Object.freeze(["own", "inherit"]), default: "own", attribute: true, help: "The widget's own system font, or the host page's." }),
  Object.freeze({ name: "link", kind: "url", values: Object.freeze([]), default: null, attribute: false, help: "The page share links point to, when it isn't the page the widget runs in." }),
]);

/** The names a host sets as attributes and query parameters, in the order snippets write them. */
export const ATTRIBUTES = Object.freeze(OPTIONS.filter((option) => option.attribute).map((option) => option.name));

/** The themes' default colours, as #rrggbb, by the name of their `--cc-*` property. */
export const THEMES = Object.freeze({
  light: Object.freeze({ "bg": "#ffffff", "surface": "#f5f6f8", "text": "#1b1f24", "muted": "#545d68", "border": "#c9d1da", "track": "#e3e7ec", "accent": "#3451c7", "on-accent": "#ffffff", "control": "#767f8b", "focus": "#1f5fd6", "danger": "#b42318", "on-danger": "#ffffff", "notice-bg": "#fff6db", "notice-text": "#5c4400" }),
  dark: Object.freeze({ "bg": "#171a20", "surface": "#20242c", "text": "#e9ecf1", "muted": "#a9b2bd", "border": "#3a424d", "track": "#2e343d", "accent": "#9db0ff", "on-accent": "#10142a", "control": "#77808c", "focus": "#9db0ff", "danger": "#ff8a80", "on-danger": "#2a0906", "notice-bg": "#3a3019", "notice-text": "#ffe4a3" }),
});

/** Text on an accent colour: whichever of the two contrasts more with it. */
export const TEXT_ON_ACCENT = Object.freeze(["#000000", "#ffffff"]);
