// The first paint of the pages readers are sent to: the standalone page (and embed.html, which
// platforms frame) shows its intro as static HTML before the wasm arrives, rendered at `make dist`
// by the widget's own components, and nothing moves when the widget takes over. Layout shift is
// measured as the issue measured it: a layout-shift observer over the first 4 s on a 390 px phone.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startHarness, SCREENSHOTS } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** Where each of the intro's parts is on the page: its text and its box. */
function layout(scope) {
  return scope.evaluate((root) =>
    [...root.querySelectorAll(".cc-intro > *")].map((el) => {
      const box = el.getBoundingClientRect();
      return [el.textContent.trim().slice(0, 40), Math.round(box.top), Math.round(box.height), Math.round(box.width)];
    }),
  );
}

for (const [name, path] of [["the standalone page", "/"], ["embed.html", "/www/embed.html"]]) {
  test(`${name} paints its intro before the wasm arrives, and the widget takes its place without moving it`, async () => {
    const page = await h.page({ width: 390, height: 844 });
    let release;
    const held = new Promise((done) => (release = done));
    await page.route("**/pkg/context_check_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${h.base}${path}`);
    const painted = page.locator("[data-prerendered] .cc-intro");
    await painted.waitFor();
    assert.match(await painted.locator("h2").textContent(), /Context Check/);
    assert.ok(await painted.locator("button", { hasText: "Start the check" }).isVisible());
    const before = await layout(page.locator("#context-check"));
    if (path === "/") await page.screenshot({ path: `${SCREENSHOTS}/first-paint-390.png` });

    release();
    await page.locator(".cc-root:not([data-prerendered] .cc-root) [data-testid=start]").waitFor();
    assert.equal(await page.locator("[data-prerendered]").count(), 0, "the painted copy is gone");
    assert.deepEqual(await layout(page.locator("#context-check")), before, "every part of the intro is where it was");
    await page.click("[data-testid=start]");
    await page.locator('fieldset[data-index="0"]').waitFor();
    assert.deepEqual(page.problems, []);
  });
}

/** The layout shift of the first 4 s of a load, as a layout-shift observer adds it up. */
async function shiftOfOneLoad(path) {
  const page = await h.page({ width: 390, height: 844 });
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${h.base}${path}`);
  await page.waitForTimeout(4000);
  const shift = await page.evaluate(() => window.shift);
  await page.context().close();
  return shift;
}

test("layout shift stays under 0.02 on the hosted pages and on host pages, on a 390 px phone", async () => {
  const paths = ["/", "/www/embed.html", "/demo/plain-host.html", "/demo/blog-post.html", "/demo/iframe-host.html", "/demo/light-blog.html"];
  const medians = {};
  for (const path of paths) {
    const shifts = [];
    for (let i = 0; i < 3; i += 1) shifts.push(await shiftOfOneLoad(path));
    medians[path] = shifts.sort((a, b) => a - b)[1];
  }
  for (const [path, median] of Object.entries(medians)) assert.ok(median < 0.02, `${path}: ${median.toFixed(3)} (${JSON.stringify(medians)})`);
});

test("a tap on the painted Start before the wasm arrives is kept: the widget opens at the first question", async () => {
  const page = await h.page({ width: 390, height: 844 });
  let release;
  const held = new Promise((done) => (release = done));
  await page.route("**/pkg/context_check_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${h.base}/`);
  // The page's script has loaded (it listens to the painted button) but the wasm hasn't.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.endsWith("/www/first-paint.js")));
  await page.click("[data-prerendered] button");
  release();
  await page.locator('fieldset[data-index="0"]').waitFor();
  assert.deepEqual(page.problems, []);
});
