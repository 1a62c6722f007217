// Accessibility (WCAG 2.2 AA): axe-core, from npm, is injected into each screen and must report
// nothing, on the standalone page, in the custom element and in the iframe, in light and dark and
// with custom accents. Then what axe can't see: the contrast of UI parts, target sizes, reduced
// motion, narrow and zoomed viewports, and the live region in the custom element.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { answer, answerAll, finish, startHarness, STARTUP_GROWING_FAST } from "./harness.mjs";

const AXE = readFileSync(new URL("../../tools/node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** Runs axe on a page, its frames and shadow roots included, and fails with every violation. */
async function audit(page, label) {
  // The audited pages have no CSP, so axe can come in as an inline script. It runs in every frame
  // and reports to the top one, which judges the page as a whole (one main, one h1).
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => "axe" in window))) await frame.addScriptTag({ content: AXE });
  }
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" >> ")}: ${n.failureSummary.split("\n").slice(1).join(" ")}`),
    }));
  }, WCAG);
  assert.deepEqual(violations, [], `${label}: ${JSON.stringify(violations, null, 2)}`);
}

/** Walks the widget in `scope` from the intro to the result, calling `at(screen)` on each screen. */
async function walk(scope, at) {
  await scope.locator("[data-testid=start]").waitFor();
  await at("intro");
  await scope.locator("[data-testid=start]").click();
  const first = scope.locator('fieldset[data-index="0"]');
  await first.waitFor();
  await at("a question");
  await first.locator('input[value="1"]').check();
  await at("an answered question");
  await scope.locator("[data-testid=next]").click();
  await answerAll(scope, STARTUP_GROWING_FAST, { from: 1 });
  await at("the review");
  await scope.locator("[data-testid=finish]").click();
  await scope.locator("[data-testid=result]").waitFor();
  await at("the result");
}

/** Audits every screen of the widget in `scope` (the page, the element or the frame). */
async function auditWalk(page, scope, label) {
  await walk(scope, (screen) => audit(page, `${label}, ${screen}`));
  assert.deepEqual(page.problems, []);
}

for (const theme of ["light", "dark"]) {
  test(`the standalone page's screens have no axe violations in ${theme}`, async () => {
    const page = await h.page();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${h.base}/`);
    await auditWalk(page, page, `standalone, ${theme}`);

    // A second result, so the card shows the change since the first and the history lists two.
    await page.click("[data-testid=take-again]");
    await page.locator('fieldset[data-index="0"], [data-testid=start]').first().waitFor();
    if (await page.locator("[data-testid=start]").count()) await page.click("[data-testid=start]");
    await finish(page, STARTUP_GROWING_FAST.map((option) => (option === 0 ? 1 : 0)), { from: -1 });
    await audit(page, `standalone, ${theme}, a result with history`);
  });

  test(`shared, damaged and coach links have no axe violations in ${theme}`, async () => {
    const link = await h.resultLink(STARTUP_GROWING_FAST);
    const page = await h.page();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(link);
    await page.locator("[data-testid=shared-result]").waitFor();
    await audit(page, `shared result, ${theme}`);

    const damaged = await h.page();
    await damaged.emulateMedia({ colorScheme: theme });
    await damaged.goto(`${link.slice(0, -6)}AAAAAA`);
    await damaged.locator("[data-testid=damaged]").waitFor();
    await audit(damaged, `damaged link, ${theme}`);

    const coach = await h.page();
    await coach.emulateMedia({ colorScheme: theme });
    await coach.goto(`${h.base}/www/coach.html`);
    await coach.fill("#coach-name", "Dana");
    await coach.fill("#coach-message", "Please take this before Thursday.");
    await audit(coach, `coach page, ${theme}`);
    const coachLink = await coach.locator("[data-testid=coach-link]").inputValue();
    const client = await h.page();
    await client.emulateMedia({ colorScheme: theme });
    await client.goto(coachLink);
    await client.locator("[data-testid=coach-note]").waitFor();
    await audit(client, `coach note, ${theme}`);
    for (const p of [page, damaged, coach, client]) assert.deepEqual(p.problems, []);
  });

  test(`the team view and the embed builder have no axe violations in ${theme}`, async () => {
    const links = await Promise.all([
      h.resultLink(STARTUP_GROWING_FAST),
      h.resultLink(STARTUP_GROWING_FAST.map((option) => (option === 0 ? 1 : 0))),
      h.resultLink(STARTUP_GROWING_FAST.map((option) => (option === 0 ? 2 : option))),
    ]);
    const page = await h.page();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${h.base}/www/team.html`);
    await page.locator("[data-testid=team-form]").waitFor();
    await audit(page, `team page, ${theme}`);
    await page.fill("#cc-team-links", [...links, "not a link"].join("\n"));
    await page.click("[data-testid=compare]");
    await page.locator("[data-testid=team]").waitFor();
    await audit(page, `team view, ${theme}`);
    await checkUiContrast(page, null, `team view, ${theme}`);

    const builder = await h.page();
    await builder.emulateMedia({ colorScheme: theme });
    await builder.goto(`${h.base}/www/builder.html`);
    await builder.locator("context-check").locator("[data-testid=start]").waitFor();
    await audit(builder, `embed builder, ${theme}`);
    for (const p of [page, builder]) assert.deepEqual(p.problems, []);
  });
}

// The custom element and the iframe, each in the light and dark theme and with a light and a dark
// custom accent: the accent's text colour, and any text or part drawn in the accent, must read.
const LOOKS = [
  { theme: "light" },
  { theme: "dark" },
  { theme: "light", accent: "#ffd54a" },
  { theme: "dark", accent: "#1a237e" },
];

for (const look of LOOKS) {
  const label = `theme ${look.theme}${look.accent ? `, accent ${look.accent}` : ""}`;

  test(`the custom element has no axe violations, and its parts reach 3:1, with ${label}`, async () => {
    const page = await h.page();
    await page.goto(`${h.base}/www/plain-host.html`);
    await page.evaluate((look) => {
      const element = document.querySelector("context-check");
      for (const [name, value] of Object.entries(look)) element.setAttribute(name, value);
    }, look);
    const widget = page.locator("context-check");
    await auditWalk(page, widget, `custom element, ${label}`);
    // A refused clipboard brings up the link in a text field, whose border must read too.
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Refused", "NotAllowedError"));
    });
    await widget.locator("[data-testid=copy-link]").click();
    await widget.locator("[data-testid=manual-link]").waitFor();
    await audit(page, `custom element, ${label}, the link to copy by hand`);
    await checkUiContrast(page, "context-check", `custom element, ${label}`);
  });

  test(`the iframe has no axe violations, and its parts reach 3:1, with ${label}`, async () => {
    const page = await h.page();
    const query = new URLSearchParams(look);
    await page.goto(`${h.base}/www/iframe-host.html`);
    await page.evaluate((src) => {
      document.querySelector("iframe").src = src;
    }, `./embed.html?${query}`);
    await page.waitForFunction(() => document.querySelector("iframe").src.includes("?"));
    const frameElement = await page.waitForSelector("iframe");
    const frame = await frameElement.contentFrame();
    await frame.waitForURL(/embed\.html\?/);
    await auditWalk(page, frame, `iframe, ${label}`);
    await frame.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException("Refused", "NotAllowedError"));
    });
    await frame.locator("[data-testid=copy-link]").click();
    await frame.locator("[data-testid=manual-link]").waitFor();
    await audit(page, `iframe, ${label}, the link to copy by hand`);
    await checkUiContrast(frame, null, `iframe, ${label}`);
  });
}

/** WCAG 1.4.11, which axe doesn't check: the link field's border, the focus ring and the accent's
 * ink (the chosen radio and its border, bars, links) must reach 3:1 against what is behind them.
 * Run on the result card showing the link field. */
async function checkUiContrast(target, hostSelector, label) {
  const { checked, failures } = await target.evaluate((hostSelector) => {
    const root = hostSelector ? document.querySelector(hostSelector).shadowRoot : document;
    const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    const rgb = (colour) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = "#000";
      canvas.fillStyle = colour;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (c) =>
      c.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const contrast = (a, b) => {
      const [x, y] = [luminance(rgb(a)), luminance(rgb(b))].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const behind = (el) => {
      for (let node = el.parentElement ?? el.getRootNode().host; node; node = node.parentElement ?? node.getRootNode().host) {
        const bg = getComputedStyle(node).backgroundColor;
        if (bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
      }
      return "#ffffff";
    };
    const parts = [];
    for (const field of root.querySelectorAll(".cc-root input[type=text], .cc-root input:not([type]), .cc-root textarea")) {
      parts.push({ what: `text field border (${field.dataset.testid ?? field.id})`, fg: getComputedStyle(field).borderTopColor, bg: behind(field) });
    }
    const focusRing = getComputedStyle(root.querySelector(".cc-root")).getPropertyValue("--_focus");
    parts.push({ what: "focus ring", fg: focusRing, bg: behind(root.querySelector(".cc-root h2, .cc-root h1")) });
    const ink = getComputedStyle(root.querySelector(".cc-root")).getPropertyValue("--_ink");
    parts.push({ what: "accent ink (selected radio, links)", fg: ink, bg: getComputedStyle(root.querySelector(".cc-root")).backgroundColor });
    const measured = parts.map((p) => ({ ...p, ratio: contrast(p.fg, p.bg) }));
    return {
      checked: measured.map((p) => p.what),
      failures: measured.filter((p) => !(p.ratio >= 3)).map((p) => `${p.what}: ${p.fg} on ${p.bg} is ${p.ratio.toFixed(2)}:1`),
    };
  }, hostSelector);
  assert.equal(checked.length, 3, `${label}: a text field, the focus ring and the ink were measured: ${checked}`);
  assert.deepEqual(failures, [], `${label}: UI parts below 3:1`);
}

test("reduced motion: nothing in the widget animates or transitions", async () => {
  const page = await h.page();
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`${h.base}/`);
  await answer(page, STARTUP_GROWING_FAST.slice(0, 2));
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll(".cc-root, .cc-root *")]
      .map((el) => ({ el, style: getComputedStyle(el) }))
      .filter(({ style }) =>
        style.animationName !== "none" ||
        style.transitionDuration.split(",").some((d) => parseFloat(d) > 0.01),
      )
      .map(({ el, style }) => `${el.className || el.tagName}: ${style.animationName} ${style.transitionDuration}`),
  );
  assert.deepEqual(moving, []);
});

test("every control in the widget is a target of at least 24 by 24 pixels", async () => {
  const page = await h.page({ width: 375, height: 800 });
  await page.goto(`${h.base}/`);
  const small = [];
  const measure = async (where) => {
    const found = await page.evaluate(() =>
      [...document.querySelectorAll(".cc-root :is(button, a.cc-button, input, textarea, select, summary)")]
        .filter((el) => el.getClientRects().length > 0)
        // A radio's target is its whole option: the label around it selects it too.
        .map((el) => ({ el, box: (el.closest("label") ?? el).getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ el, box }) => `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ""} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`),
    );
    small.push(...found.map((f) => `${where}: ${f}`));
  };
  await walk(page, measure);
  assert.deepEqual(small, []);
});

for (const { width, why } of [
  { width: 320, why: "a 320 px phone" },
  { width: 640, why: "1280 px at 200% zoom" },
]) {
  test(`at ${width} px wide (${why}) no screen scrolls sideways`, async () => {
    const page = await h.page({ width, height: 800 });
    const wide = [];
    const check = async (where) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${where}: ${overflow} px too wide`);
    };
    await page.goto(`${h.base}/`);
    await walk(page, check);
    for (const path of ["www/plain-host.html", "www/team.html", "www/builder.html", "www/coach.html"]) {
      await page.goto(`${h.base}/${path}`);
      await page.waitForLoadState("networkidle");
      await check(path);
    }
    assert.deepEqual(wide, []);
  });
}

test("in the custom element, the live region is there before Start and announces each question", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/www/plain-host.html`);
  const widget = page.locator("context-check");
  await widget.locator("[data-testid=start]").waitFor();
  const live = widget.locator("[data-testid=live]");
  assert.equal(await live.count(), 1, "the live region exists on the intro");
  assert.equal(await live.getAttribute("aria-live"), "polite");
  await answer(widget, STARTUP_GROWING_FAST.slice(0, 2));
  await widget.locator('fieldset[data-index="2"]').waitFor();
  assert.equal((await live.textContent()).trim(), `Question 3 of ${STARTUP_GROWING_FAST.length}`);
  const labelled = await widget.locator('fieldset[data-index="2"]').evaluate((fieldset) => {
    const root = fieldset.getRootNode();
    const ids = [...fieldset.querySelectorAll("[aria-labelledby], [aria-describedby], label[for]")]
      .flatMap((el) => [el.getAttribute("aria-labelledby"), el.getAttribute("aria-describedby"), el.getAttribute("for")])
      .filter(Boolean)
      .flatMap((list) => list.split(/\s+/));
    return { legend: !!fieldset.querySelector("legend"), missing: ids.filter((id) => !root.getElementById(id)) };
  });
  assert.ok(labelled.legend, "each question is a fieldset with a legend");
  assert.deepEqual(labelled.missing, [], "every id reference resolves inside the same shadow root");
});
