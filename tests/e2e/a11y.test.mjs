// Accessibility (WCAG 2.2 AA): axe-core, from npm, is injected into each screen and must report
// nothing, on the standalone page, in the custom element and in the iframe, in light and dark and
// with custom accents. Then what axe can't see: the contrast of UI parts, target sizes, reduced
// motion, narrow and zoomed viewports, and the live region in the custom element.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { answer, answerAll, finish, startHarness, STARTUP_GROWING_FAST, teamLinkOf } from "./harness.mjs";

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

let links;
/** Three people's result links, made once for every test that needs some. */
async function resultLinks() {
  links ??= await Promise.all([
    h.resultLink(STARTUP_GROWING_FAST),
    h.resultLink(STARTUP_GROWING_FAST.map((option) => (option === 0 ? 1 : 0))),
    h.resultLink(STARTUP_GROWING_FAST.map((option) => (option === 0 ? 2 : option))),
  ]);
  return links;
}

/** A page in a fresh browser whose system colour scheme is `theme`. */
async function themedPage(theme) {
  const page = await h.page();
  await page.emulateMedia({ colorScheme: theme });
  return page;
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
    const page = await themedPage(theme);
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
    const [link] = await resultLinks();
    const page = await themedPage(theme);
    await page.goto(link);
    await page.locator("[data-testid=shared-result]").waitFor();
    await audit(page, `shared result, ${theme}`);

    const damaged = await themedPage(theme);
    await damaged.goto(`${link.slice(0, -6)}AAAAAA`);
    await damaged.locator("[data-testid=damaged]").waitFor();
    await audit(damaged, `damaged link, ${theme}`);

    const coach = await themedPage(theme);
    await coach.goto(`${h.base}/www/coach.html`);
    await coach.fill("#coach-name", "Dana");
    await coach.fill("#coach-message", "Please take this before Thursday.");
    await audit(coach, `coach page, ${theme}`);
    const coachLink = await coach.locator("[data-testid=coach-link]").inputValue();
    const client = await themedPage(theme);
    await client.goto(coachLink);
    await client.locator("[data-testid=coach-note]").waitFor();
    await audit(client, `coach note, ${theme}`);
    for (const p of [page, damaged, coach, client]) assert.deepEqual(p.problems, []);
  });

  test(`the team view and the embed builder have no axe violations in ${theme}`, async () => {
    const links = await resultLinks();
    const page = await themedPage(theme);
    await page.goto(`${h.base}/www/team.html`);
    await page.locator("[data-testid=team-form]").waitFor();
    await audit(page, `team page, ${theme}`);
    await page.fill("#cc-team-links", [...links, "not a link"].join("\n"));
    await page.click("[data-testid=compare]");
    await page.locator("[data-testid=team]").waitFor();
    await audit(page, `team view, ${theme}`);
    await checkUiContrast(page, null, undefined, `team view, ${theme}`);
    // With names, a kept decision (Your teams) and an earlier team beside it.
    await page.fill("#cc-team-links", ["Maria: " + links[0], "Jo: " + links[1], links[2]].join("\n"));
    await page.click("[data-testid=compare]");
    await page.locator("[data-testid=names-shown]").waitFor();
    await page.fill("[data-testid=decision-text]", "Write down how we work");
    await page.click("[data-testid=keep-decision]");
    await page.locator("[data-testid=saved-teams]").waitFor();
    await page.click("[data-testid=compare-saved-team]");
    await page.locator("[data-testid=compare-heading]").waitFor();
    await audit(page, `team view with names, a decision and a comparison, ${theme}`);
    // Session mode, on its first and last topics.
    await page.click("[data-testid=session-open]");
    await page.locator("[data-testid=session]").waitFor();
    await audit(page, `session mode, ${theme}`);
    await page.keyboard.press("End");
    await page.locator("[data-testid=session] [data-testid=decision-text]").waitFor();
    await audit(page, `session mode's last topic, ${theme}`);
    await checkUiContrast(page, null, undefined, `session mode, ${theme}`);

    const builder = await themedPage(theme);
    await builder.goto(`${h.base}/www/builder.html`);
    await builder.locator("context-check").locator("[data-testid=start]").waitFor();
    await audit(builder, `embed builder, ${theme}`);
    for (const p of [page, builder]) assert.deepEqual(p.problems, []);
  });
}

// The custom element and the iframe, each in the light and dark theme, with a light and a dark
// custom accent, and with a dark accent in the auto theme on a dark system: the accent's text
// colour, and any text or part drawn in the accent, must read.
const LOOKS = [
  { theme: "light" },
  { theme: "dark" },
  { theme: "light", accent: "#ffd54a" },
  { theme: "dark", accent: "#1a237e" },
  { theme: "auto", accent: "#1a237e", system: "dark" },
];

/** Sets `look`'s attributes on the plain host's element, or loads embed.html with them in the
 * iframe host, with `fragment` (a shared link's) in the widget's address; returns where the
 * widget is (the element's locator or the frame). */
async function openWidget(page, kind, { system = "light", ...look }, fragment = "") {
  await page.emulateMedia({ colorScheme: system });
  if (kind === "custom element") {
    await page.goto(`${h.base}/demo/plain-host.html${fragment}`);
    await page.evaluate((look) => {
      const element = document.querySelector("context-check");
      for (const [name, value] of Object.entries(look)) element.setAttribute(name, value);
    }, look);
    return page.locator("context-check");
  }
  await page.goto(`${h.base}/demo/iframe-host.html`);
  const src = `../www/embed.html?${new URLSearchParams(look)}${fragment}`;
  const frameElement = await page.waitForSelector("iframe");
  await frameElement.evaluate((iframe, src) => (iframe.src = src), src);
  const frame = await frameElement.contentFrame();
  await frame.waitForURL(/embed\.html\?/);
  return frame;
}

for (const look of LOOKS) {
  const label = `theme ${look.theme}${look.system ? ` on a ${look.system} system` : ""}${look.accent ? `, accent ${look.accent}` : ""}`;

  for (const kind of ["custom element", "iframe"]) {
    test(`the ${kind} has no axe violations, and its parts reach their contrast, with ${label}`, async () => {
      const page = await h.page();
      const widget = await openWidget(page, kind, look);
      await auditWalk(page, widget, `${kind}, ${label}`);

      // A refused clipboard brings up the link in a text field, whose border must read too.
      const target = kind === "iframe" ? widget : page;
      await target.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException("Refused", "NotAllowedError"));
      });
      await widget.locator("[data-testid=copy-link]").click();
      const field = widget.locator("[data-testid=manual-link]");
      await field.waitFor();
      await audit(page, `${kind}, ${label}, the link to copy by hand`);
      await checkUiContrast(target, kind === "iframe" ? null : "context-check", look.accent, `${kind}, ${label}`);

      const fragment = new URL(await field.inputValue()).hash;
      const shared = await openWidget(page, kind, look, fragment);
      await shared.locator("[data-testid=shared-result]").waitFor();
      await audit(page, `${kind}, ${label}, a shared result`);
      const damaged = await openWidget(page, kind, look, `${fragment.slice(0, -6)}AAAAAA`);
      await damaged.locator("[data-testid=damaged]").waitFor();
      await audit(page, `${kind}, ${label}, a damaged link`);
      assert.deepEqual(page.problems, []);
    });
  }
}

/** Contrast that axe doesn't check. The accent must be the one asked for; its ink (links, the
 * chosen radio and its border, bars) must reach 4.5:1 on the background, the surface and the
 * chosen option's tint; the link field's border and the focus ring 3:1 on the background (WCAG
 * 1.4.11). Run where a text field is on screen. */
async function checkUiContrast(target, hostSelector, accent, label) {
  const { failures, colours } = await target.evaluate(({ hostSelector, accent }) => {
    const scope = hostSelector ? document.querySelector(hostSelector).shadowRoot : document;
    const root = scope.querySelector(".cc-root");
    const canvas = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
    const rgb = (colour) => {
      canvas.fillStyle = "#010203";
      canvas.fillStyle = colour;
      if (canvas.fillStyle === "#010203") throw new Error(`not a colour: "${colour}"`);
      canvas.clearRect(0, 0, 1, 1);
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
    // What the widget's private colours resolve to, read through a probe inside its root.
    const probe = document.createElement("span");
    root.append(probe);
    const resolve = (name) => {
      probe.style.color = `var(${name})`;
      return getComputedStyle(probe).color;
    };
    const colours = Object.fromEntries(
      ["--_bg", "--_surface", "--_accent", "--_accent-soft", "--_ink", "--_focus"].map((name) => [name, resolve(name)]),
    );
    probe.remove();
    const fields = [...scope.querySelectorAll(".cc-link-field")];
    if (fields.length === 0) throw new Error("no text field on screen to measure");
    const wants = [
      ["accent ink", colours["--_ink"], colours["--_bg"], 4.5],
      ["accent ink", colours["--_ink"], colours["--_surface"], 4.5],
      ["accent ink", colours["--_ink"], colours["--_accent-soft"], 4.5],
      ["focus ring", colours["--_focus"], colours["--_bg"], 3],
      ...fields.map((f) => [`${f.dataset.testid} border`, getComputedStyle(f).borderTopColor, colours["--_bg"], 3]),
    ];
    const failures = wants
      .map(([what, fg, bg, least]) => ({ what, fg, bg, least, ratio: contrast(fg, bg) }))
      .filter((p) => !(p.ratio >= p.least))
      .map((p) => `${p.what}: ${p.fg} on ${p.bg} is ${p.ratio.toFixed(2)}:1, below ${p.least}:1`);
    if (accent && rgb(colours["--_accent"]).join() !== rgb(accent).join()) {
      failures.push(`the accent is ${colours["--_accent"]}, not ${accent}`);
    }
    return { failures, colours };
  }, { hostSelector, accent });
  assert.deepEqual(failures, [], `${label}: ${JSON.stringify(colours)}`);
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

/** The widget on the standalone page, in the custom element or in the iframe: the page to
 * check, the scope to walk and the element holding the widget. */
async function placed(page, kind) {
  if (kind === "standalone page") {
    await page.goto(`${h.base}/`);
    return { scope: page, host: page.locator("#context-check") };
  }
  const scope = await openWidget(page, kind, { theme: "light" });
  return { scope, host: kind === "iframe" ? scope.locator("#context-check") : page.locator("context-check") };
}

for (const kind of ["standalone page", "custom element", "iframe"]) {
  test(`every control of the widget (${kind}) is a target of at least 24 by 24 pixels`, async () => {
    const page = await h.page({ width: 375, height: 800 });
    const { scope, host } = await placed(page, kind);
    const small = [];
    await walk(scope, async (screen) => {
      const found = await host.evaluate((host) =>
        [...(host.shadowRoot ?? host).querySelectorAll(".cc-root :is(button, a.cc-button, input, textarea, select, summary)")]
          .filter((el) => el.getClientRects().length > 0)
          // A radio's target is its whole option: the label around it selects it too.
          .map((el) => ({ el, box: (el.closest("label") ?? el).getBoundingClientRect() }))
          .filter(({ box }) => box.width < 24 || box.height < 24)
          .map(({ el, box }) => `${el.tagName.toLowerCase()}[${el.dataset.testid ?? ""}] ${box.width.toFixed(0)}×${box.height.toFixed(0)}`),
      );
      small.push(...found.map((f) => `${screen}: ${f}`));
    });
    assert.deepEqual(small, []);
  });
}

let teamLink;
/** A team view of three people, as a link (made once). */
async function teamViewLink() {
  teamLink ??= await teamLinkOf(h, await resultLinks());
  return teamLink;
}

for (const { width, why } of [
  { width: 320, why: "a 320 px phone" },
  { width: 640, why: "1280 px at 200% zoom" },
]) {
  test(`at ${width} px wide (${why}) no screen scrolls sideways, on any page or embedding`, async () => {
    const wide = [];
    const check = async (page, where) => {
      for (const frame of page.frames()) {
        const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${where}${frame === page.mainFrame() ? "" : " (in the frame)"}: ${overflow} px too wide`);
      }
    };
    for (const kind of ["standalone page", "custom element", "iframe"]) {
      // Each in a fresh browser: they share the origin's storage, and each starts at the intro.
      const page = await h.page({ width, height: 800 });
      const { scope } = await placed(page, kind);
      await walk(scope, (screen) => check(page, `${kind}, ${screen}`));
      await page.context().close();
    }
    const page = await h.page({ width, height: 800 });
    await page.goto(await teamViewLink());
    await page.locator("[data-testid=team]").waitFor();
    await check(page, "team view");
    for (const path of ["www/builder.html", "www/coach.html", "demo/demos.html", "demo/blog-post.html"]) {
      await page.goto(`${h.base}/${path}`);
      await page.waitForLoadState("networkidle");
      await check(page, path);
    }
    assert.deepEqual(wide, []);
  });
}

test("in the custom element, the live region is there before Start, and every label and group refers inside the shadow root", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/plain-host.html`);
  const widget = page.locator("context-check");
  await widget.locator("[data-testid=start]").waitFor();
  const live = widget.locator("[data-testid=live]");
  assert.equal(await live.count(), 1, "the live region exists on the intro");
  assert.equal(await live.getAttribute("aria-live"), "polite");

  const problems = [];
  let questions = 0;
  await walk(widget, async (screen) => {
    const found = await page.locator("context-check").evaluate((host) => {
      const root = host.shadowRoot;
      const refs = ["aria-labelledby", "aria-describedby", "aria-controls", "for"];
      const missing = [...root.querySelectorAll(refs.map((name) => `[${name}]`).join(","))]
        .flatMap((el) => refs.flatMap((name) => (el.getAttribute(name) ?? "").split(/\s+/).filter(Boolean)))
        .filter((id) => !root.getElementById(id));
      const fieldsets = [...root.querySelectorAll("fieldset")];
      const unlabelled = fieldsets.filter((f) => !f.querySelector(":scope > legend")).length;
      const live = root.querySelector("[data-testid=live]")?.textContent.trim() ?? null;
      return { missing, unlabelled, fieldsets: fieldsets.length, live };
    });
    if (found.missing.length) problems.push(`${screen}: ids not in the shadow root: ${found.missing}`);
    if (found.unlabelled) problems.push(`${screen}: ${found.unlabelled} fieldset(s) without a legend`);
    if (found.live === null) problems.push(`${screen}: no live region`);
    if (screen.includes("question")) {
      questions += 1;
      if (found.fieldsets !== 1) problems.push(`${screen}: ${found.fieldsets} fieldsets`);
      if (found.live !== `Question 1 of ${STARTUP_GROWING_FAST.length}`) problems.push(`${screen}: live region says "${found.live}"`);
    }
  });
  assert.equal(questions, 2, "the walk looked at a question");
  assert.deepEqual(problems, []);
});
