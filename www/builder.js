// The "Embed Context Check" builder (www/builder.html). The snippet generators at the top are pure
// functions, exported for the tests; the page wiring below them runs only in a document that has
// the builder's form. Built for a strict CSP (script-src 'self'; style-src 'self'): no inline
// scripts or styles, no style attributes, and user text only ever goes in through textContent,
// .value or setAttribute. The options and colours come from the host contract (host-contract.js,
// written from src/core).
import {
  ATTRIBUTES,
  FALLBACK_LINK,
  FIRST_QUESTION,
  OPTIONS,
  QUESTION_COUNT,
  RELAY,
  START_KEY,
  TEXT_ON_ACCENT,
  THEMES,
} from "./host-contract.js";
// The widget's own rule for the theme auto, so the preview's host page resolves it as a real one would.
import { hostScheme } from "./embed.js";

/** Each option's default; "" where the option is simply unset. */
export const DEFAULTS = Object.freeze(
  Object.fromEntries(OPTIONS.filter((o) => o.attribute).map((o) => [o.name, o.default ?? ""])),
);
/** The order options appear in, in snippets and on the preview element. */
export const OPTION_NAMES = ATTRIBUTES;
export const IFRAME_TITLE = "Context Check: a team context assessment";
/** The questions take about five minutes. */
export const EMAIL_BUTTON_TEXT = FALLBACK_LINK.en;
export const EMAIL_COPY =
  `How well does the way your team works fit the work it does? ${QUESTION_COUNT} plain questions, ` +
  "and your answers never leave your browser.";
/** The placeholder origin of the static copy in www/email-snippet.html. */
export const PLACEHOLDER_ORIGIN = "https://your-host.example";
export const INSTANCE_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

/** The widget's default accent (light theme): the picker's start and the email button's colour. */
const DEFAULT_ACCENT = THEMES.light.accent;
/** Email is light: the widget's light text colour. */
const EMAIL_TEXT_COLOUR = THEMES.light.text;
const EMAIL_FONT = "Arial,Helvetica,sans-serif";

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for a double-quoted HTML attribute value (and for HTML text). */
export function escapeAttr(value) {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** The options that differ from their defaults, trimmed, as [name, value] pairs in a fixed order. */
export function nonDefault(options = {}) {
  const pairs = [];
  for (const name of OPTION_NAMES) {
    const value = String(options[name] ?? "").trim();
    if (value !== "" && value !== DEFAULTS[name]) pairs.push([name, value]);
  }
  return pairs;
}

/** `origin` without a trailing slash: the folder dist/ is deployed to, e.g. https://example.com/cc */
function base(origin) {
  return String(origin).replace(/\/+$/, "");
}

function scriptTag(origin) {
  return `<script type="module" src="${escapeAttr(`${base(origin)}/www/embed.js`)}"></script>`;
}

/**
 * The script embed: the module script plus a <context-check> element with the non-default options.
 * The element holds a plain link to the hosted check: where a platform strips the script but keeps
 * the element, readers get a working link instead of an empty box. Once the element upgrades, its
 * shadow root takes the place of that content.
 */
export function scriptSnippet(origin, options) {
  const pairs = nonDefault(options);
  const attributes = pairs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join("");
  const lang = Object.fromEntries(pairs).lang;
  // The link inside <context-check> until it upgrades, in the widget's language (English unless set).
  const text = FALLBACK_LINK[lang] ?? FALLBACK_LINK.en;
  const fallback = `<a href="${escapeAttr(`${base(origin)}/`)}">${escapeAttr(text)}</a>`;
  return `${scriptTag(origin)}\n<context-check${attributes}>${fallback}</context-check>`;
}

/**
 * The URL of embed.html with the non-default options as query parameters, and with `relay` the
 * parameter that has it tell the parent page each screen and the profile a reader gets.
 */
export function embedUrl(origin, options, { relay = false } = {}) {
  const pairs = nonDefault(options);
  if (relay) pairs.push([RELAY.name, RELAY.value]);
  const query = new URLSearchParams(pairs).toString();
  return `${base(origin)}/www/embed.html${query ? `?${query}` : ""}`;
}

/** The iframe embed, plus the optional script that resizes it on hosts that can run scripts. */
export function iframeSnippet(origin, options, frame = {}) {
  return [
    `<iframe src="${escapeAttr(embedUrl(origin, options, frame))}" title="${escapeAttr(IFRAME_TITLE)}" ` +
      `allow="clipboard-write; web-share" data-context-check loading="lazy" style="width:100%;border:0;height:720px"></iframe>`,
    "<!-- Optional, where your page can run scripts: fits the iframe's height to its content. -->",
    scriptTag(origin),
  ].join("\n");
}

/** The standalone page's URL; it only understands ?theme=. */
export function standaloneUrl(origin, options = {}) {
  const theme = String(options.theme ?? "").trim();
  const query = theme && theme !== DEFAULTS.theme ? `?${new URLSearchParams({ theme })}` : "";
  return `${base(origin)}/${query}`;
}

/**
 * Where the author says dist/ is served, as the base every snippet is written against: an https
 * address (http only for this machine), without query, fragment or trailing slash. Null when the
 * text is no such address.
 */
export function servedAt(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    return null;
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return base(`${url.origin}${url.pathname}`);
}

/** #rgb or #rrggbb as lowercase #rrggbb, or null for anything else. */
export function hexColour(value) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value ?? "").trim());
  if (!match) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  return `#${digits.toLowerCase()}`;
}

function luminance(hex) {
  const channel = (i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The email snippet: table-based HTML with inline styles only (email clients run no scripts and
 * drop most CSS): a line of copy and a bulletproof button linking to the standalone page. A hex
 * accent colours the button, with white or black text, whichever contrasts more (as the widget
 * does); any other accent leaves the default blue. The padding sits on the link for most clients
 * and, through mso-padding-alt, on the cell for Outlook, which ignores padding on links.
 */
export function emailSnippet({ origin, theme, accent } = {}) {
  const href = escapeAttr(standaloneUrl(origin, { theme }));
  const fill = hexColour(accent) ?? DEFAULT_ACCENT;
  const [dark, light] = TEXT_ON_ACCENT;
  const ink = contrast(fill, light) >= contrast(fill, dark) ? light : dark;
  return `<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse;">
  <tr>
    <td style="padding:0 0 16px 0;font-family:${EMAIL_FONT};font-size:16px;line-height:24px;color:${EMAIL_TEXT_COLOUR};">
      ${escapeAttr(EMAIL_COPY)}
    </td>
  </tr>
  <tr>
    <td align="left" style="padding:0 0 24px 0;">
      <table role="presentation" border="0" cellpadding="0" cellspacing="0" style="border-collapse:separate;">
        <tr>
          <td align="center" bgcolor="${fill}" style="background-color:${fill};border-radius:6px;mso-padding-alt:14px 24px;">
            <a href="${href}" target="_blank" style="display:inline-block;padding:14px 24px;font-family:${EMAIL_FONT};font-size:16px;font-weight:bold;line-height:20px;color:${ink};text-decoration:none;border-radius:6px;">${escapeAttr(EMAIL_BUTTON_TEXT)}</a>
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>`;
}

/** The answer block's own words, in the languages the check speaks. */
export const ANSWER_WORDS = Object.freeze({
  en: Object.freeze({
    lead: "A quick check of your team's context. Pick the answer that fits, and the check goes on from there:",
    note: `${QUESTION_COUNT - 1} more questions, about five minutes. Your answers stay in your browser.`,
  }),
  de: Object.freeze({
    lead: "Ein kurzer Check des Kontexts deines Teams. Wähle die passende Antwort, und der Check geht dort weiter:",
    note: `Noch ${QUESTION_COUNT - 1} Fragen, etwa fünf Minuten. Deine Antworten bleiben in deinem Browser.`,
  }),
});

/** The language of the answer block: the builder's, or English when each reader's is asked for. */
function answerLanguage(lang) {
  return FIRST_QUESTION[String(lang ?? "").trim()] ? String(lang).trim() : "en";
}

/** Where `make dist` draws the answer block's image buttons (examples/previews/email_buttons.rs). */
const EMAIL_BUTTONS = "www/email";
/** The size the image buttons show at, half their pixels' (1120×144), for sharp text on phones. */
const EMAIL_BUTTON_SIZE = Object.freeze({ width: 560, height: 72 });

/**
 * The first question and one link per option, each opening the hosted check with that answer
 * chosen, at question 2 (`#cc-start=<question>:<option>`, read by the widget).
 */
export function answerLinks({ origin, theme, lang } = {}) {
  const language = answerLanguage(lang);
  const { id, prompt, options: choices } = FIRST_QUESTION[language];
  const page = standaloneUrl(origin, { theme });
  return {
    language,
    prompt,
    words: ANSWER_WORDS[language],
    options: choices.map((choice) => ({
      label: choice.label,
      href: `${page}#${START_KEY}=${id}:${choice.id}`,
      image: `${base(origin)}/${EMAIL_BUTTONS}/${language}/${choice.id}.png`,
    })),
  };
}

/**
 * The email answer block: the first question and its options as links, in tables with inline
 * styles only, so that it survives email clients (no script, no CSS class, by default no image).
 * Each option is a full-width bordered row, easy to tap, whose link text is the option itself.
 * With `images`, each link holds the option's image button instead (hosted beside the check),
 * whose alt text is the option itself, for clients that block images.
 */
export function emailAnswerSnippet({ origin, theme, accent, lang, images = false } = {}) {
  const { language, prompt, words, options } = answerLinks({ origin, theme, lang });
  const colour = hexColour(accent) ?? DEFAULT_ACCENT;
  const text = `font-family:${EMAIL_FONT};color:${EMAIL_TEXT_COLOUR};`;
  const rows = options
    .map(
      ({ label, href, image }) =>
        images
          ? `  <tr>
    <td style="padding:0 0 8px 0;">
      <a href="${escapeAttr(href)}" target="_blank" style="display:block;text-decoration:none;"><img src="${escapeAttr(image)}" width="${EMAIL_BUTTON_SIZE.width}" height="${EMAIL_BUTTON_SIZE.height}" alt="${escapeAttr(label)}" style="display:block;border:0;width:100%;max-width:${EMAIL_BUTTON_SIZE.width}px;height:auto;${text}font-size:16px;line-height:22px;"></a>
    </td>
  </tr>`
          : `  <tr>
    <td style="padding:0 0 8px 0;">
      <table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:separate;">
        <tr>
          <td style="border:2px solid ${colour};border-radius:6px;mso-padding-alt:12px 16px;">
            <a href="${escapeAttr(href)}" target="_blank" style="display:block;padding:12px 16px;${text}font-size:16px;line-height:22px;text-decoration:none;">${escapeAttr(label)}</a>
          </td>
        </tr>
      </table>
    </td>
  </tr>`,
    )
    .join("\n");
  return `<table role="presentation" border="0" cellpadding="0" cellspacing="0" width="100%" lang="${language}" style="border-collapse:collapse;">
  <tr>
    <td style="padding:0 0 8px 0;${text}font-size:16px;line-height:24px;">${escapeAttr(words.lead)}</td>
  </tr>
  <tr>
    <td style="padding:0 0 12px 0;${text}font-size:18px;line-height:26px;font-weight:bold;">${escapeAttr(prompt)}</td>
  </tr>
${rows}
  <tr>
    <td style="padding:4px 0 24px 0;${text}font-size:14px;line-height:20px;">${escapeAttr(words.note)}</td>
  </tr>
</table>`;
}

/**
 * The same block as plain rich text (a paragraph, the question in bold, a list of links) for the
 * editors that take only pasted text, links and lists: Substack's and Medium's.
 */
export function richTextAnswerBlock(options = {}) {
  const { language, prompt, words, options: choices } = answerLinks(options);
  const items = choices.map(({ label, href }) => `<li><a href="${escapeAttr(href)}">${escapeAttr(label)}</a></li>`);
  return `<div lang="${language}"><p>${escapeAttr(words.lead)}</p><p><strong>${escapeAttr(prompt)}</strong></p><ul>${items.join("")}</ul><p>${escapeAttr(words.note)}</p></div>`;
}

/** The rich-text block's plain-text twin, for pastes that take no HTML: each option with its address. */
export function plainTextAnswerBlock(options = {}) {
  const { prompt, words, options: choices } = answerLinks(options);
  return [words.lead, "", prompt, "", ...choices.map(({ label, href }) => `- ${label}: ${href}`), "", words.note].join("\n");
}

// ---------------------------------------------------------------------------------------------
// The page.

/** ORIGIN: the folder above www/, from this script's own URL, so snippets fit any deployment. */
export function originOf(scriptUrl) {
  return base(new URL("../", scriptUrl).href);
}

if (typeof document !== "undefined" && document.getElementById("builder-options")) {
  startBuilder();
}

function startBuilder() {
  const deployed = originOf(import.meta.url);
  let origin = deployed;
  const servedInput = document.getElementById("served-at");
  const servedError = document.getElementById("served-at-error");
  const relayBox = document.getElementById("iframe-relay");
  const imagesBox = document.getElementById("answer-images");
  const form = document.getElementById("builder-options");
  const accentText = document.getElementById("accent-text");
  const accentPicker = document.getElementById("accent-picker");
  const accentHint = document.getElementById("accent-hint");
  const instanceInput = document.getElementById("instance");
  const instanceError = document.getElementById("instance-error");
  const preview = document.getElementById("preview");
  const previewSlot = preview.querySelector("[data-preview-slot]");
  const pageChoices = document.querySelectorAll('input[name="preview-page"]');
  const snippets = {
    script: document.getElementById("snippet-script"),
    iframe: document.getElementById("snippet-iframe"),
    email: document.getElementById("snippet-email"),
    answer: document.getElementById("snippet-answer"),
    link: document.getElementById("snippet-link"),
  };
  const richPreview = document.getElementById("answer-rich");
  let previewKey = null;
  let previewTimer = 0;
  // The picker starts at, and its reset goes back to, the widget's default accent.
  accentPicker.defaultValue = DEFAULT_ACCENT;
  accentPicker.value = DEFAULT_ACCENT;

  servedInput.value = deployed;

  /** The address the author typed, when it is one; else the builder's own folder, with an error. */
  function readServedAt() {
    const typed = servedAt(servedInput.value);
    showError(servedInput, servedError, typed !== null || servedInput.value.trim() === "");
    origin = typed ?? deployed;
    for (const place of document.querySelectorAll("[data-origin]")) place.textContent = origin;
  }

  /** The form's options, from the control named after each; an instance that doesn't fit is left out. */
  function readOptions() {
    const options = {};
    for (const name of OPTION_NAMES) options[name] = String(form.elements[name]?.value ?? "").trim();
    const instanceOk = options.instance === "" || INSTANCE_PATTERN.test(options.instance);
    showError(instanceInput, instanceError, instanceOk);
    if (!instanceOk) options.instance = "";
    return options;
  }

  function showError(input, message, ok) {
    message.hidden = ok;
    if (ok) input.removeAttribute("aria-invalid");
    else input.setAttribute("aria-invalid", "true");
  }

  function update({ immediate = true } = {}) {
    readServedAt();
    const options = readOptions();
    snippets.script.value = scriptSnippet(origin, options);
    snippets.iframe.value = iframeSnippet(origin, options, { relay: relayBox.checked });
    snippets.link.value = standaloneUrl(origin, options);
    snippets.email.value = emailSnippet({ origin, theme: options.theme, accent: options.accent });
    snippets.answer.value = emailAnswerSnippet({
      origin,
      theme: options.theme,
      accent: options.accent,
      lang: options.lang,
      images: imagesBox.checked,
    });
    showRichText(richPreview, answerLinks({ origin, theme: options.theme, lang: options.lang }));
    for (const area of Object.values(snippets)) fit(area);
    for (const status of document.querySelectorAll("[data-copy-status]")) status.textContent = "";

    clearTimeout(previewTimer);
    if (immediate) renderPreview(options);
    else previewTimer = setTimeout(() => renderPreview(options), 250);
  }

  /**
   * Replaces the preview with a fresh <context-check>: the element renders once, when created.
   * The theme auto follows the colour scheme its page declares, read from the document's root
   * when the widget mounts; the preview's stand-in page is an element inside the builder, so the
   * builder resolves auto from the scheme that element declares (its CSS `color-scheme`) and
   * gives the preview that theme. Switching pages re-creates the widget only when that changes it.
   */
  function renderPreview(options) {
    const scheme = [...pageChoices].find((choice) => choice.checked)?.value === "dark" ? "dark" : "light";
    preview.dataset.page = scheme;
    const theme = (options.theme || DEFAULTS.theme) === "auto" ? hostScheme(getComputedStyle(preview).colorScheme) : options.theme;
    const pairs = nonDefault({ ...options, theme });
    const key = JSON.stringify(pairs);
    if (key === previewKey) return;
    previewKey = key;
    const widget = document.createElement("context-check");
    for (const [name, value] of pairs) widget.setAttribute(name, value);
    previewSlot.replaceChildren(widget);
  }

  function syncPicker() {
    const value = accentText.value.trim();
    const recognised = value === "" || !globalThis.CSS?.supports || CSS.supports("color", value);
    accentHint.hidden = recognised;
    const hex = hexColour(value) ?? (recognised && value ? resolveColour(value) : null);
    if (hex) accentPicker.value = hex;
  }

  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", (event) => {
    if (event.target === accentPicker) accentText.value = accentPicker.value;
    if (event.target === accentText) syncPicker();
    update();
  });
  form.addEventListener("input", (event) => {
    if (event.target === accentPicker) accentText.value = accentPicker.value;
    if (event.target === accentText) syncPicker();
    // Typing and dragging the picker update the snippets at once and the preview when they pause.
    if (["text", "url", "color"].includes(event.target.type)) update({ immediate: false });
  });
  document.getElementById("accent-reset").addEventListener("click", () => {
    accentText.value = "";
    accentPicker.value = accentPicker.defaultValue;
    syncPicker();
    update();
    accentText.focus();
  });

  servedInput.addEventListener("input", () => update({ immediate: false }));
  // The page behind the preview is no option: it changes the preview alone, never the snippets.
  for (const choice of pageChoices) choice.addEventListener("change", () => renderPreview(readOptions()));
  relayBox.addEventListener("change", () => update());
  imagesBox.addEventListener("change", () => update());

  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", () => copy(button));
  }
  document.getElementById("copy-answer-rich").addEventListener("click", () => {
    const options = readOptions();
    const block = { origin, theme: options.theme, lang: options.lang };
    copyRichText(richPreview, richTextAnswerBlock(block), plainTextAnswerBlock(block));
  });
  window.addEventListener("resize", () => Object.values(snippets).forEach(fit));

  syncPicker();
  update();
}

/** Any colour the browser understands, as #rrggbb if it is opaque, through a canvas's fillStyle. */
function resolveColour(value) {
  const context = document.createElement("canvas").getContext("2d");
  if (!context) return null;
  context.fillStyle = "#000000";
  context.fillStyle = value;
  return hexColour(context.fillStyle);
}

/** Shows the rich-text answer block as it will paste, built with DOM calls (no markup strings). */
function showRichText(place, { language, prompt, words, options }) {
  const paragraph = (text) => Object.assign(document.createElement("p"), { textContent: text });
  const question = document.createElement("p");
  question.append(Object.assign(document.createElement("strong"), { textContent: prompt }));
  const list = document.createElement("ul");
  for (const { label, href } of options) {
    const link = Object.assign(document.createElement("a"), { href, textContent: label });
    const item = document.createElement("li");
    item.append(link);
    list.append(item);
  }
  place.lang = language;
  place.replaceChildren(paragraph(words.lead), question, list, paragraph(words.note));
}

/** Copies `html` as rich text (with `text` for plain pastes); where that is refused, selects the preview. */
function copyRichText(preview, html, text) {
  return copyAndAnnounce(
    "answer-rich",
    async () => {
      if (!navigator.clipboard?.write || typeof ClipboardItem === "undefined") throw new Error("no rich clipboard");
      const item = new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" }),
      });
      await navigator.clipboard.write([item]);
    },
    () => {
      const range = document.createRange();
      range.selectNodeContents(preview);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    { copied: "Copied as rich text: paste it into your post.", what: "block" },
  );
}

/** Grows a snippet's textarea to show all of its text (element.style is allowed by the CSP). */
function fit(area) {
  if (area.tagName !== "TEXTAREA") return;
  area.style.height = "auto";
  area.style.height = `${area.scrollHeight + 2}px`;
}

function copy(button) {
  const area = document.getElementById(button.dataset.copy);
  return copyAndAnnounce(
    button.dataset.copy,
    async () => {
      if (!navigator.clipboard?.writeText) throw new Error("no asynchronous clipboard");
      await navigator.clipboard.writeText(area.value);
    },
    () => {
      area.focus();
      area.select();
    },
    { copied: "Copied to the clipboard.", what: "snippet" },
  );
}

/**
 * Runs `write`, a clipboard write, and says in the status line for `key` that it worked. Where the
 * clipboard refuses, `select` selects the text instead, and the line says how to copy it.
 */
async function copyAndAnnounce(key, write, select, { copied, what }) {
  const status = document.querySelector(`[data-copy-status="${key}"]`);
  status.textContent = "";
  let message = copied;
  let state = "copied";
  try {
    await write();
  } catch {
    select();
    state = "select";
    const mac = /Mac|iPhone|iPad/.test(navigator.platform ?? "");
    message = `The ${what} is selected: press ${mac ? "⌘C" : "Ctrl+C"} to copy it.`;
  }
  // A fresh text node in a later task, so screen readers announce a repeated message again.
  setTimeout(() => {
    status.dataset.state = state;
    status.textContent = message;
  }, 50);
}
