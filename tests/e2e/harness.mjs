// Shared set-up for the browser tests: serves dist/ on a free loopback port, with the repository's
// demo pages and fixtures (demo/, not part of dist/) under /demo/ as `make demo` does, and drives
// Debian's Chromium through playwright-core. Each test gets a fresh context, so storage starts empty.
import { mkdirSync } from "node:fs";
import { serve } from "../../tools/serve.mjs";
import { launch } from "../../tools/browser.mjs";

export const SCREENSHOTS = "target/screenshots";

/** The answers of the "startup growing fast" fixture in tests/known_answers.rs, as option indices. */
export const STARTUP_GROWING_FAST = [0, 0, 0, 0, 3, 0, 0, 0, 2, 1, 2, 1, 2, 0, 2, 2, 2];
export const QUESTIONS = STARTUP_GROWING_FAST.length;

export async function startHarness() {
  const server = await serve("dist", 0);
  const browser = await launch();
  const base = `http://127.0.0.1:${server.address().port}`;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    base,
    browser,
    /** A page in a fresh context; `problems` collects page errors and console errors. */
    async page({ width = 1280, height = 900, context } = {}) {
      const ctx = context ?? (await browser.newContext({ viewport: { width, height } }));
      const page = await ctx.newPage();
      page.problems = [];
      page.on("pageerror", (e) => page.problems.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") page.problems.push(`console: ${m.text()}`);
      });
      return page;
    },
    /** Takes the check with `answers` in a fresh browser; the result link the widget reports. */
    async resultLink(answers = STARTUP_GROWING_FAST) {
      const page = await this.page();
      await page.goto(`${base}/`);
      const link = page.evaluate(
        () => new Promise((done) => document.addEventListener("context-check:complete", (e) => done(e.detail.link))),
      );
      await finish(page, answers);
      const found = await link;
      await page.context().close();
      return found;
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** Clicks Start, then answers the first questions by option index with the mouse. `scope` is the
 * page, or a locator or frame locator for one widget when a page has several. With `from`, it
 * goes on from that question instead (already on screen) with `picks[from..]`. */
export async function answer(scope, picks, { from = 0 } = {}) {
  if (from === 0) await scope.locator("[data-testid=start]").click();
  for (const [index, option] of picks.entries()) {
    if (index < from) continue;
    const question = scope.locator(`fieldset[data-index="${index}"]`);
    await question.waitFor();
    await question.locator(`input[value="${option}"]`).check();
    await scope.locator("[data-testid=next]").click();
  }
}

/** Answers every question, landing on the review. */
export async function answerAll(scope, picks, options) {
  await answer(scope, picks, options);
  await scope.locator("[data-testid=review]").waitFor();
}

/** Answers every question and finishes, landing on the result card. */
export async function finish(scope, picks = STARTUP_GROWING_FAST, options) {
  await answerAll(scope, picks, options);
  await scope.locator("[data-testid=finish]").click();
  await scope.locator("[data-testid=result]").waitFor();
}

/** The element that has focus, described by its test id or step-heading flag. */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      testid: el?.getAttribute("data-testid") ?? null,
      heading: el?.hasAttribute("data-step-heading") ?? false,
      type: el?.getAttribute("type") ?? null,
      value: el?.getAttribute("value") ?? null,
      checked: el?.checked ?? false,
      text: el?.textContent?.trim() ?? "",
    };
  });
}

/** The team view of `links`, compared on the team page, as the link the page then shows. */
export async function teamLinkOf(harness, links) {
  const page = await harness.page();
  await page.goto(`${harness.base}/www/team.html`);
  await page.fill("#cc-team-links", links.join("\n"));
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();
  const link = page.url();
  await page.context().close();
  return link;
}
