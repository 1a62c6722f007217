// English and German: the host's `lang`, then the reader's browser languages, then English; and
// share links that don't care which language made them.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { finish, startHarness, SCREENSHOTS } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

test("a German browser gets the German questionnaire and a German result", async () => {
  const context = await h.browser.newContext({ locale: "de-DE" });
  const page = await h.page({ context });
  await page.goto(`${h.base}/`);
  const start = page.locator("[data-testid=start]");
  await start.waitFor();
  assert.equal(await page.locator(".cc-root").getAttribute("lang"), "de");
  assert.notEqual(await start.textContent(), "Start the check");
  await start.click();
  const progress = await page.locator("[data-testid=progress]").textContent();
  assert.doesNotMatch(progress, /Question/);
  await page.screenshot({ path: `${SCREENSHOTS}/german-question.png` });
  await page.locator("[data-testid=back]").click();
  await finish(page);
  const profile = await page.locator("[data-testid=profile-name]").textContent();
  assert.equal(profile, "Neue Angebote");
  await page.screenshot({ path: `${SCREENSHOTS}/german-result.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
});

test("the host's lang wins over the browser's languages", async () => {
  const context = await h.browser.newContext({ locale: "de-DE" });
  const page = await h.page({ context });
  await page.goto(`${h.base}/demo/plain-host.html`);
  await page.evaluate(() => {
    const english = document.createElement("context-check");
    english.setAttribute("lang", "en");
    english.setAttribute("instance", "english");
    english.dataset.testid = "english";
    document.querySelector(".post").prepend(english);
  });
  await page.locator("[data-testid=english] [data-testid=start]").waitFor();
  assert.equal(await page.locator("[data-testid=english] [data-testid=start]").textContent(), "Start the check");
});

test("a result shared from German opens in English for an English reader, and the same profile", async () => {
  const german = await h.browser.newContext({ locale: "de-DE" });
  await german.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.base });
  const page = await h.page({ context: german });
  await page.goto(`${h.base}/`);
  await finish(page);
  await page.click("[data-testid=copy-link]");
  await page.waitForFunction(() => document.querySelector("[data-testid=share-status]")?.textContent);
  const link = await page.evaluate(() => navigator.clipboard.readText());

  const english = await h.browser.newContext({ locale: "en-GB" });
  const reader = await h.page({ context: english });
  await reader.goto(link);
  await reader.locator("[data-testid=shared-result]").waitFor();
  assert.equal(await reader.locator("[data-testid=profile-name]").textContent(), "New Offerings");
  assert.equal(await reader.locator("[data-testid=take-it-yourself]").textContent(), "Take it yourself");
});
