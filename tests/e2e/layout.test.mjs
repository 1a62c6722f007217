// Layout, by bounding boxes rather than pixels: on every screen, at a small phone's width, a
// common phone's and a desktop's, no text runs into other text, and no text sticks out of its
// card's padding. Every element that holds text itself (a text node child that isn't blank) is
// measured line by line with Range.getClientRects(); an element and its own descendants never
// count against each other, nor do visually hidden or zero-sized elements. Besides: the score
// bars reach across their card, a row's buttons stay beside its text (never wrapped under it),
// and a label and its value side by side keep a gap.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { finish, startHarness, STARTUP_GROWING_FAST, teamLinkOf } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** What text must stay inside (its content box): the nearest of these around it. Text with none
 * around it must stay inside the viewport's width. */
const CARDS = [
  ".cc-screen",
  ".cc-root",
  ".cc-notice",
  ".cc-privacy",
  ".cc-coach",
  ".cc-banner",
  ".cc-verdict",
  ".cc-callout",
  ".cc-trap",
  ".cc-lens",
  ".cc-option",
  ".b-panel",
  ".b-warning",
].join(", ");

/** The second person's answers: different enough that the card shows changes since the first. */
const SECOND = STARTUP_GROWING_FAST.map((option) => (option === 0 ? 1 : 0));

/** In the page (or frame): every text box that overlaps another element's by more than 1 px both
 * ways, or leaves its card's content box by more than 1 px, described, and how many text boxes
 * were measured. Shadow roots are walked too. Runs in the browser. */
function layoutProblems(cards) {
  const HIDDEN = ".cc-visually-hidden, .b-visually-hidden, .visually-hidden";
  const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEXTAREA", "OPTION", "TITLE", "TEMPLATE"]);
  const up = (node) => node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  const lineage = new Map();
  const ancestors = (el) => {
    if (!lineage.has(el)) {
      const set = new Set();
      for (let e = el; e; e = up(e)) set.add(e);
      lineage.set(el, set);
    }
    return lineage.get(el);
  };
  const describe = (el) => {
    const cls = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
    return `${el.tagName.toLowerCase()}${cls}`;
  };
  const snippet = (text) => {
    const t = text.replace(/\s+/g, " ").trim();
    return JSON.stringify(t.length > 48 ? `${t.slice(0, 45)}…` : t);
  };
  const contentBox = (el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const px = (name) => parseFloat(s[name]) || 0;
    return {
      left: r.left + px("borderLeftWidth") + px("paddingLeft"),
      right: r.right - px("borderRightWidth") - px("paddingRight"),
      top: r.top + px("borderTopWidth") + px("paddingTop"),
      bottom: r.bottom - px("borderBottomWidth") - px("paddingBottom"),
    };
  };
  const cardOf = (el) => {
    for (let e = el; e; e = up(e)) if (e.matches?.(cards)) return e;
    return null;
  };

  const boxes = [];
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.shadowRoot) visit(node.shadowRoot);
        continue;
      }
      const el = up(node);
      if (!el || SKIP.has(el.tagName) || !/\S/.test(node.data)) continue;
      if ([...ancestors(el)].some((a) => a.matches?.(HIDDEN))) continue;
      const own = el.getBoundingClientRect();
      if (own.width === 0 || own.height === 0) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const range = document.createRange();
      range.setStart(node, node.data.search(/\S/));
      range.setEnd(node, node.data.length - node.data.match(/\s*$/)[0].length);
      for (const r of range.getClientRects()) {
        if (r.width >= 1 && r.height >= 1) {
          boxes.push({ el, text: node.data, left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        }
      }
    }
  };
  visit(document);

  const problems = new Set();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (a.el === b.el || ancestors(a.el).has(b.el) || ancestors(b.el).has(a.el)) continue;
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (dx > 1 && dy > 1) {
        problems.add(
          `${snippet(a.text)} (${describe(a.el)}) overlaps ${snippet(b.text)} (${describe(b.el)}) by ${dx.toFixed(0)}×${dy.toFixed(0)} px`,
        );
      }
    }
  }
  const viewport = document.documentElement.clientWidth;
  for (const b of boxes) {
    const card = cardOf(b.el);
    const box = card ? contentBox(card) : { left: 0, right: viewport, top: -Infinity, bottom: Infinity };
    const out = {
      left: box.left - b.left,
      right: b.right - box.right,
      top: box.top - b.top,
      bottom: b.bottom - box.bottom,
    };
    const sides = Object.entries(out).filter(([, by]) => by > 1);
    if (sides.length) {
      const where = sides.map(([side, by]) => `${by.toFixed(0)} px ${side}`).join(", ");
      problems.add(`${snippet(b.text)} (${describe(b.el)}) sticks out of ${card ? describe(card) : "the viewport"} by ${where}`);
    }
  }
  return { problems: [...problems], measured: boxes.length };
}

/** In the page (or frame): each score bar that doesn't reach across its card's content box. */
function shortBars() {
  const up = (node) => node.parentElement ?? (node.parentNode instanceof ShadowRoot ? node.parentNode.host : null);
  const roots = [document, ...[...document.querySelectorAll("*")].map((el) => el.shadowRoot).filter(Boolean)];
  return roots.flatMap((root) =>
    [...root.querySelectorAll(".cc-level__bar")].flatMap((bar) => {
      let card = up(bar);
      while (card && !card.matches(".cc-screen")) card = up(card);
      const r = card.getBoundingClientRect();
      const s = getComputedStyle(card);
      const right = r.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight);
      const short = right - bar.getBoundingClientRect().right;
      const name = bar.closest(".cc-level").querySelector(".cc-level__label").textContent;
      return short > 1 ? [`the bar of "${name}" stops ${short.toFixed(0)} px short of its card's edge`] : [];
    }),
  );
}

/** In the page (or frame): rows whose parts go together. A row's buttons stay beside its text,
 * never wrapped under it (a history row's Delete, a review answer's Change); a label and its
 * value side by side keep at least 8 px apart. */
function rowProblems() {
  const roots = [document, ...[...document.querySelectorAll("*")].map((el) => el.shadowRoot).filter(Boolean)];
  const all = (selector) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
  const box = (el) => el.getBoundingClientRect();
  const problems = [];
  for (const [rowSelector, textSelector] of [
    [".cc-history__item", ".cc-history__date, .cc-history__profile"],
    [".cc-review__answer", ":scope > span"],
  ]) {
    for (const row of all(rowSelector)) {
      const textBottom = Math.max(...[...row.querySelectorAll(textSelector)].map((t) => box(t).bottom));
      for (const button of row.querySelectorAll("button")) {
        if (box(button).top > textBottom - 1) {
          problems.push(`"${button.textContent.trim()}" wraps under "${row.textContent.trim()}" instead of sitting beside it`);
        }
      }
    }
  }
  for (const [headSelector, labelSelector, valueSelector] of [
    [".cc-level__head", ".cc-level__label", ".cc-level__name"],
    [".cc-team__strip-head", ".cc-team__label", ".cc-team__value"],
  ]) {
    for (const head of all(headSelector)) {
      const label = box(head.querySelector(labelSelector));
      const value = box(head.querySelector(valueSelector));
      const sideBySide = Math.min(label.bottom, value.bottom) - Math.max(label.top, value.top) > 1;
      const apart = Math.max(value.left - label.right, label.left - value.right);
      if (sideBySide && apart < 8) problems.push(`"${head.textContent.trim()}": label and value are ${apart.toFixed(0)} px apart`);
    }
  }
  return problems;
}

/** Waits for the fonts and two frames, so that what is measured is what is shown. */
async function settled(target) {
  await target.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** Measures `target` (a page or a frame); what is wrong goes to `problems`, labelled `where`. */
async function measure(target, where, problems) {
  await settled(target);
  const { problems: found, measured } = await target.evaluate(layoutProblems, CARDS);
  // A screen's worth of text, not a walk that found nothing to measure.
  if (measured < 3) problems.push(`${where}: only ${measured} text boxes measured`);
  for (const problem of found) problems.push(`${where}: ${problem}`);
  for (const found of await target.evaluate(shortBars)) problems.push(`${where}: ${found}`);
  for (const found of await target.evaluate(rowProblems)) problems.push(`${where}: ${found}`);
}

/** Opens every disclosure ("Why …?", "What to try") on the screen, shadow roots included. */
async function openDisclosures(target) {
  await target.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll("*")].map((el) => el.shadowRoot).filter(Boolean)];
    for (const root of roots) for (const d of root.querySelectorAll("details")) d.open = true;
  });
}

/** From the intro (or the first question, when `started`) in `scope`, answers every question with
 * `picks`, measuring the first question, each with help text and the review, then finishes and
 * measures the result with its disclosures open. */
async function walk(target, scope, picks, label, problems, { started = false } = {}) {
  if (!started) await scope.locator("[data-testid=start]").click();
  for (const [index, option] of picks.entries()) {
    const question = scope.locator(`fieldset[data-index="${index}"]`);
    await question.waitFor();
    if (index === 0 || (await question.locator(".cc-help").count())) {
      await measure(target, `${label}, question ${index + 1}`, problems);
    }
    await question.locator(`input[value="${option}"]`).check();
    await scope.locator("[data-testid=next]").click();
  }
  await scope.locator("[data-testid=review]").waitFor();
  await measure(target, `${label}, the review`, problems);
  await scope.locator("[data-testid=finish]").click();
  await scope.locator("[data-testid=result]").waitFor();
  await openDisclosures(target);
  await measure(target, `${label}, the result`, problems);
}

let links;
/** Three people's result links, made once. */
async function resultLinks() {
  links ??= [
    await h.resultLink(STARTUP_GROWING_FAST),
    await h.resultLink(SECOND),
    await h.resultLink(STARTUP_GROWING_FAST.map((option) => (option === 0 ? 2 : option))),
  ];
  return links;
}

let teamLink;
/** The team view of those three, as a link (made once). */
async function teamViewLink() {
  teamLink ??= await teamLinkOf(h, await resultLinks());
  return teamLink;
}

/** A page `width` wide whose system colour scheme is `theme`, without motion. */
async function pageAt(width, theme) {
  const page = await h.page({ width, height: 800 });
  await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
  return page;
}

const LOOKS = [
  { width: 320, theme: "light" },
  { width: 375, theme: "light" },
  { width: 375, theme: "dark" },
  { width: 1280, theme: "light" },
];

for (const { width, theme } of LOOKS) {
  const at = `at ${width} px in ${theme}`;

  test(`${at}, the widget's text neither overlaps nor leaves its card, from the intro to a second result`, async () => {
    const problems = [];
    const page = await pageAt(width, theme);
    await page.goto(`${h.base}/?theme=${theme}`);
    await page.locator("[data-testid=start]").waitFor();
    await measure(page, "the intro", problems);
    await walk(page, page, STARTUP_GROWING_FAST, "the first take", problems);
    // Again, otherwise: the card then shows what changed, and the history lists two results.
    await page.click("[data-testid=take-again]");
    await walk(page, page, SECOND, "the second take", problems, { started: true });
    await page.click("[data-testid=take-again]");
    await page.click("[data-testid=back]");
    await page.locator("[data-testid=start]").waitFor();
    await measure(page, "the intro with a history", problems);
    assert.deepEqual(problems, [], `${at}:\n${problems.join("\n")}`);
    assert.deepEqual(page.problems, []);
  });

  test(`${at}, the widget in an iframe keeps its text apart and inside its card`, async () => {
    const problems = [];
    const page = await pageAt(width, theme);
    await page.goto(`${h.base}/demo/iframe-host.html`);
    const frameElement = await page.waitForSelector("iframe");
    await frameElement.evaluate((iframe, theme) => (iframe.src = `../www/embed.html?theme=${theme}`), theme);
    const frame = await frameElement.contentFrame();
    await frame.waitForURL(/embed\.html\?/);
    await frame.locator("[data-testid=start]").waitFor();
    await measure(frame, "the iframe, the intro", problems);
    await walk(frame, frame, STARTUP_GROWING_FAST, "the iframe, the first take", problems);
    await frame.locator("[data-testid=take-again]").click();
    await walk(frame, frame, SECOND, "the iframe, the second take", problems, { started: true });
    assert.deepEqual(problems, [], `${at}:\n${problems.join("\n")}`);
    assert.deepEqual(page.problems, []);
  });

  test(`${at}, the shared result, the team page, the builder and the coach page keep their text apart and inside their cards`, async () => {
    const problems = [];
    const [link] = await resultLinks();
    const team = await teamViewLink();
    const page = await pageAt(width, theme);

    await page.goto(link);
    await page.locator("[data-testid=shared-result]").waitFor();
    await openDisclosures(page);
    await measure(page, "the shared result", problems);

    await page.goto(team);
    await page.locator("[data-testid=team]").waitFor();
    await measure(page, "the team page", problems);

    await page.goto(`${h.base}/www/builder.html`);
    // On a phone the preview is below the form: its widget loads as the reader nears it.
    await page.locator("#preview").scrollIntoViewIfNeeded();
    await page.locator("context-check").locator("[data-testid=start]").waitFor();
    await measure(page, "the builder", problems);

    await page.goto(`${h.base}/www/coach.html`);
    await page.fill("#coach-name", "Dana");
    await page.fill("#coach-team", "Platform");
    await page.fill("#coach-message", "Please take this before Thursday's retro. It takes about five minutes.");
    await measure(page, "the coach page", problems);
    const coachLink = await page.locator("[data-testid=coach-link]").inputValue();

    const client = await pageAt(width, theme);
    await client.goto(coachLink);
    await client.locator("[data-testid=coach-note]").waitFor();
    await measure(client, "the intro with a coach's note", problems);
    await finish(client);
    await openDisclosures(client);
    await measure(client, "the result with Send to the coach", problems);

    assert.deepEqual(problems, [], `${at}:\n${problems.join("\n")}`);
    for (const p of [page, client]) assert.deepEqual(p.problems, []);
  });
}
