// Faults a widget on someone else's page meets: a full storage quota, two tabs on one assessment,
// a panic in our code; and the promise that nothing is sent anywhere once the bundle is loaded.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answer, finish, startHarness, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

const KEY = "context-check:team-context";

test("a storage quota that refuses writes keeps the answers in memory, warns once, and saves once there is room", async () => {
  const page = await h.page();
  await page.addInitScript(() => {
    window.storageFull = true;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.storageFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await page.goto(`${h.base}/`);
  await answer(page, STARTUP_GROWING_FAST.slice(0, 3));
  await page.locator('fieldset[data-index="3"]').waitFor();
  const notices = await page.locator("[data-testid=notice]").allTextContents();
  assert.equal(notices.length, 1, `one warning: ${notices}`);
  assert.match(notices[0], /save/i);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), KEY), null);

  await page.evaluate(() => (window.storageFull = false));
  await answer(page, STARTUP_GROWING_FAST.slice(0, 4), { from: 3 });
  await page.locator('fieldset[data-index="4"]').waitFor();
  const saved = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(Object.keys(saved.answers).length, 4, "the retry saved every answer given meanwhile");
  assert.deepEqual(page.problems, []);
});

test("two tabs on one assessment stay consistent and neither reverts the other's answer", async () => {
  const context = await h.browser.newContext();
  const a = await h.page({ context });
  const b = await h.page({ context });
  await a.goto(`${h.base}/`);
  await b.goto(`${h.base}/`);
  await answer(a, [2]);
  await a.locator('fieldset[data-index="1"]').waitFor();

  // Tab B took tab A's answer: its Start goes on from the first unanswered question.
  await b.click("[data-testid=start]");
  await b.locator('fieldset[data-index="1"]').waitFor();
  await b.check('fieldset[data-index="1"] input[value="1"]');
  await b.click("[data-testid=next]");
  await b.locator('fieldset[data-index="2"]').waitFor();

  // Tab A shows tab B's answer on the question it is on.
  await a.locator('fieldset[data-index="1"] input[value="1"]:checked').waitFor();
  const saved = JSON.parse(await a.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(Object.keys(saved.answers).length, 2, "both answers are kept");

  await a.click("[data-testid=back]");
  await a.locator('fieldset[data-index="0"] input[value="2"]:checked').waitFor();
  const again = JSON.parse(await b.evaluate((key) => localStorage.getItem(key), KEY));
  assert.equal(Object.keys(again.answers).length, 2, "moving in tab A did not drop tab B's answer");
  assert.deepEqual([...a.problems, ...b.problems], []);
});

test("a panic leaves a static message in every widget and the host page keeps working", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/two-widgets.html`);
  await page.locator("[data-testid=team-b]").scrollIntoViewIfNeeded();
  await page.locator("[data-testid=team-b] [data-testid=start]").waitFor();
  const thrown = await page.evaluate(async () => {
    const widget = await import("/pkg/context_check.js");
    try {
      widget.__panicForTests();
      return null;
    } catch (error) {
      return error.constructor.name;
    }
  });
  assert.equal(thrown, "RuntimeError", "the panic ends as an exception in its caller, not in the host");
  for (const team of ["team-a", "team-b"]) {
    const crashed = page.locator(`[data-testid=${team}] [data-testid=crashed]`);
    assert.match(await crashed.textContent(), /Something went wrong in Context Check. Reload the page/);
    assert.equal(await crashed.getAttribute("role"), "alert");
  }
  assert.equal(await page.evaluate(() => document.title), "Demo: two widgets on one page");
  await page.evaluate(() => document.querySelector("h1").append(" (still alive)"));
  assert.match(await page.locator("h1").textContent(), /still alive/);
});

test("after the bundle has loaded the widget sends no request at all, and sets no cookie", async () => {
  const context = await h.browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.base });
  const page = await h.page({ context });
  const requests = [];
  await page.goto(`${h.base}/`);
  await page.locator("[data-testid=start]").waitFor();
  await page.waitForLoadState("networkidle");
  page.on("request", (request) => requests.push(request.url()));

  await finish(page);
  await page.click("[data-testid=copy-link]");
  await page.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-png]")]);
  await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-svg]")]);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.evaluate((href) => (location.hash = new URL(href).hash), link);
  await page.locator("[data-testid=shared-result]").waitFor();
  await page.click("[data-testid=take-it-yourself]");
  await page.locator("[data-testid=result]").waitFor();

  // The browser itself fetches the host page's favicon again when the address changes; that is
  // the page's, not the widget's.
  const favicon = `${h.base}/www/icon.svg`;
  const sent = requests.filter((url) => !url.startsWith("blob:") && !url.startsWith("data:") && url !== favicon);
  assert.deepEqual(sent, [], "nothing is fetched or sent while answering, sharing and downloading");
  assert.deepEqual(await context.cookies(), []);
  assert.deepEqual(page.problems, []);
});
