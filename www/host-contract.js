// Context Check's host contract: the options a page can pass to the widget, and the themes'
// default colours. Written from crates/core/src/options.rs and crates/core/src/colour.rs by
// tests/host_contract.rs; do not edit. After changing those, run `UPDATE_CONTRACT=1 cargo test --test host_contract`.

/**
 * Every option, in the order snippets write them. `kind` is choice, language (a language tag
 * whose language is one of `values`), colour (any CSS colour), name (1 to 40 letters, digits,
 * `-` or `_`), url (https:) or text (1 to 60 characters, shown as text); `default` is null
 * when the option is simply unset; `attribute` says whether a host sets it as an attribute of
 * <context-check> and a query parameter of embed.html (embed.html sets `link` and `frame`
 * itself).
 */
export const OPTIONS = Object.freeze([
  Object.freeze({ name: "theme", kind: "choice", values: Object.freeze(["light", "dark", "auto"]), default: "auto", attribute: true, help: "Colour scheme; auto follows the page's declared color-scheme, or else the reader's system." }),
  Object.freeze({ name: "accent", kind: "colour", values: Object.freeze([]), default: null, attribute: true, help: "Any CSS colour for buttons, bars and links; unset, the theme's blue." }),
  Object.freeze({ name: "start", kind: "choice", values: Object.freeze(["intro", "question"]), default: "intro", attribute: true, help: "Where a fresh visit begins: the intro or the first question." }),
  Object.freeze({ name: "instance", kind: "name", values: Object.freeze([]), default: null, attribute: true, help: "Keeps the progress of several widgets apart." }),
  Object.freeze({ name: "lang", kind: "language", values: Object.freeze(["en", "de"]), default: null, attribute: true, help: "The widget's language; unset, the reader's browser language, then English." }),
  Object.freeze({ name: "font", kind: "choice", values: Object.freeze(["own", "inherit"]), default: "own", attribute: true, help: "The widget's own system font, or the host page's." }),
  Object.freeze({ name: "share-url", kind: "url", values: Object.freeze([]), default: null, attribute: true, help: "Your post's address: share links and the card image send readers there, where the widget opens the result." }),
  Object.freeze({ name: "cta-href", kind: "url", values: Object.freeze([]), default: null, attribute: true, help: "Your next step for readers on the result card (your newsletter, your coaching page): an https address." }),
  Object.freeze({ name: "cta-label", kind: "text", values: Object.freeze([]), default: null, attribute: true, help: "The words on that next step's button, up to 60 characters; unset, \"Read more from the author\"." }),
  Object.freeze({ name: "link", kind: "url", values: Object.freeze([]), default: null, attribute: false, help: "The page share links point to, when it isn't the page the widget runs in." }),
  Object.freeze({ name: "frame", kind: "choice", values: Object.freeze(["open", "sandboxed"]), default: "open", attribute: false, help: "Set by embed.html: sandboxed when its frame may not download or open tabs." }),
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

/** The fragment key of an answer chosen in an email: `#<key>=<question id>:<option id>` opens the
 * check with that option chosen, at the next question. */
export const START_KEY = "cc-start";

/** The first question of the shipped instrument in each language, for the email's answer block. */
export const FIRST_QUESTION = Object.freeze({
  en: Object.freeze({ id: "work_kind", prompt: "Which best describes most of what your team works on right now?", options: Object.freeze([Object.freeze({ id: "new", label: "Finding out whether a new product or offering can work" }), Object.freeze({ id: "optimise", label: "Improving how an existing operation or internal system performs" }), Object.freeze({ id: "platform", label: "A platform or internal product that other teams build on" }), Object.freeze({ id: "projects", label: "A queue of projects that other parts of the business ask for" }), Object.freeze({ id: "program", label: "One part of a large program that many teams deliver together" }), Object.freeze({ id: "independent", label: "Separate pieces of work that each person or pair does on their own" }), Object.freeze({ id: "missions", label: "A mission from leadership, broken down into goals we work through" }), Object.freeze({ id: "mix", label: "A mix of these, or it's hard to say" })]) }),
  de: Object.freeze({ id: "work_kind", prompt: "Was beschreibt am besten, woran dein Team gerade hauptsächlich arbeitet?", options: Object.freeze([Object.freeze({ id: "new", label: "Herausfinden, ob ein neues Produkt oder Angebot funktionieren kann" }), Object.freeze({ id: "optimise", label: "Verbessern, wie gut ein bestehender Betriebsablauf oder ein internes System läuft" }), Object.freeze({ id: "platform", label: "Eine Plattform oder ein internes Produkt, auf dem andere Teams aufbauen" }), Object.freeze({ id: "projects", label: "Eine Warteschlange von Projekten, die andere Bereiche des Unternehmens anfordern" }), Object.freeze({ id: "program", label: "Ein Teil eines großen Programms, das viele Teams gemeinsam liefern" }), Object.freeze({ id: "independent", label: "Getrennte Arbeitspakete, die jede Person oder jedes Zweierteam für sich erledigt" }), Object.freeze({ id: "missions", label: "Eine Mission von der Führung, aufgeteilt in Ziele, die wir nacheinander angehen" }), Object.freeze({ id: "mix", label: "Eine Mischung davon, oder schwer zu sagen" })]) }),
});

/** The link inside <context-check> until it upgrades (what readers see where the script is stripped), by language. */
export const FALLBACK_LINK = Object.freeze({ en: "Take the 5-minute team context check", de: "Den 5-Minuten-Check zum Kontext deines Teams machen" });

/** embed.html's own query parameter (not a widget option): with it, the frame tells its parent
 * page each screen and the profile a reader gets, addressed to the parent's origin only. */
export const RELAY = Object.freeze({ name: "relay", value: "1" });

/** How many questions the check asks, in every language. */
export const QUESTION_COUNT = 17;
