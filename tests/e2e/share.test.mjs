// Sharing a result as a link (the result lives in the URL fragment), opening such links, and the
// result card as an image.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { answer, finish, startHarness, SCREENSHOTS, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** A page whose context may use the clipboard. */
async function clipboardPage() {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.base });
  return h.page({ context });
}

/** Finishes the fixture on `url` and returns the link "Copy link" put on the clipboard. */
async function sharedLink(url = `${h.base}/`) {
  const page = await clipboardPage();
  await page.goto(url);
  await finish(page);
  await page.click("[data-testid=copy-link]");
  await page.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(page.problems, []);
  return { page, link };
}

test("a copied link opens the same card, read-only, in a fresh browser with empty storage", async () => {
  const { link } = await sharedLink();
  const code = link.split("cc-result=")[1];
  assert.ok(link.startsWith(`${h.base}/#cc-result=`), link);
  assert.ok(`cc-result=${code}`.length < 200, `the fragment is short: ${code.length} characters`);

  const visitor = await h.page();
  await visitor.goto(link);
  const card = visitor.locator("[data-testid=shared-result]");
  await card.waitFor();
  assert.equal(await card.locator("[data-testid=profile-name]").textContent(), "New Offerings");
  assert.match(await card.locator("[data-testid=shared-banner]").textContent(), /shared this result/);
  assert.equal(await visitor.locator("[data-testid=copy-link], [data-testid=history], [data-testid=delete-all]").count(), 0);
  await visitor.screenshot({ path: `${SCREENSHOTS}/shared-result.png`, fullPage: true });
  assert.deepEqual(await visitor.evaluate(() => Object.keys(localStorage)), [], "opening a link stores nothing");

  await visitor.click("[data-testid=take-it-yourself]");
  await visitor.locator("[data-testid=start]").waitFor();
  assert.equal(new URL(visitor.url()).hash, "", "the link's key is gone from the address");
  assert.deepEqual(visitor.problems, []);
});

test("the link keeps the host page's own parameters and fragment", async () => {
  const { link } = await sharedLink(`${h.base}/?theme=light#section-2`);
  assert.ok(link.startsWith(`${h.base}/?theme=light#section-2&cc-result=`), link);
  const visitor = await h.page();
  await visitor.goto(link);
  await visitor.locator("[data-testid=shared-result]").waitFor();
  await visitor.click("[data-testid=take-it-yourself]");
  await visitor.locator("[data-testid=start]").waitFor();
  assert.equal(new URL(visitor.url()).hash, "#section-2", "the host's fragment stays");
});

test("a shared link never overwrites the visitor's own progress", async () => {
  const { link } = await sharedLink();
  const visitor = await h.page();
  await visitor.goto(`${h.base}/`);
  await answer(visitor, STARTUP_GROWING_FAST.slice(0, 3));
  await visitor.locator('fieldset[data-index="3"]').waitFor();
  const before = await visitor.evaluate(() => localStorage.getItem("context-check:team-context"));

  // Pasted into the open tab: only the fragment changes, and the widget follows it.
  await visitor.goto(link);
  await visitor.locator("[data-testid=shared-result]").waitFor();
  assert.equal(await visitor.evaluate(() => localStorage.getItem("context-check:team-context")), before);
  await visitor.click("[data-testid=take-it-yourself]");
  await visitor.locator('fieldset[data-index="3"]').waitFor();

  // Opened in a new visit: the visitor's progress waits behind the shared card.
  await visitor.goto(link);
  await visitor.reload();
  await visitor.locator("[data-testid=shared-result]").waitFor();
  await visitor.click("[data-testid=take-it-yourself]");
  await visitor.locator("[data-testid=continue]").waitFor();
  assert.equal(await visitor.evaluate(() => localStorage.getItem("context-check:team-context")), before);
  assert.deepEqual(visitor.problems, []);
});

test("a reader who chooses to show their profile shares a link to its share page, which opens the same card", async () => {
  const { page, link } = await sharedLink();
  assert.ok(link.startsWith(`${h.base}/#cc-result=`), `by default the link names no profile: ${link}`);
  const choice = page.locator("[data-testid=profile-in-link]");
  assert.equal(await choice.isChecked(), false);
  await choice.check();
  await page.click("[data-testid=copy-link]");
  await page.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  const named = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(named, link.replace(`${h.base}/#`, `${h.base}/r/new_offerings/#`), "the same answers, on the profile's page");
  const complete = page.evaluate(
    () => new Promise((done) => document.addEventListener("context-check:complete", (e) => done(e.detail.link))),
  );
  await page.click("[data-testid=take-again]");
  const first = page.locator('fieldset[data-index="0"]');
  await first.locator(`input[value="${STARTUP_GROWING_FAST[0]}"]`).check();
  await page.click("[data-testid=next]");
  await finish(page, STARTUP_GROWING_FAST, { from: 1 });
  // The choice was for that result: the next one starts unticked, its links naming no profile.
  assert.ok((await complete).startsWith(`${h.base}/#cc-result=`), "the next result's link names no profile");
  assert.equal(await page.locator("[data-testid=profile-in-link]").isChecked(), false);
  await page.click("[data-testid=copy-link]");
  await page.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  assert.ok((await page.evaluate(() => navigator.clipboard.readText())).startsWith(`${h.base}/#cc-result=`));
  assert.deepEqual(page.problems, []);

  const visitor = await clipboardPage();
  await visitor.goto(named);
  const card = visitor.locator("[data-testid=shared-result]");
  await card.waitFor();
  assert.equal(await card.locator("[data-testid=profile-name]").textContent(), "New Offerings");
  assert.match(await visitor.title(), /^New Offerings: /, "the share page is the profile's");
  // Taken again there, the visitor's own link goes back to the check's own page.
  await visitor.click("[data-testid=take-it-yourself]");
  await finish(visitor);
  await visitor.click("[data-testid=copy-link]");
  await visitor.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  const theirs = await visitor.evaluate(() => navigator.clipboard.readText());
  assert.ok(theirs.startsWith(`${h.base}/#cc-result=`), theirs);
  assert.deepEqual(visitor.problems, []);
});

test("on a host's own page, links go to that page and no profile choice is offered", async () => {
  const { page, link } = await sharedLink(`${h.base}/demo/plain-host.html`);
  assert.ok(link.startsWith(`${h.base}/demo/plain-host.html#cc-result=`), link);
  assert.equal(await page.locator("[data-testid=profile-in-link]").count(), 0);
});

test("a tampered, truncated or foreign link shows the damaged-link card with a way to start", async () => {
  const { link } = await sharedLink();
  const [base, code] = link.split("cc-result=");
  const flipped = code.slice(0, 10) + (code[10] === "A" ? "B" : "A") + code.slice(11);
  for (const damaged of [flipped, code.slice(0, code.length - 3), "not-a-link", "x".repeat(5000), ""]) {
    const visitor = await h.page();
    await visitor.goto(`${base}cc-result=${damaged}`);
    await visitor.locator("[data-testid=damaged]").waitFor();
    assert.match(await visitor.locator("[data-testid=damaged]").textContent(), /This link looks damaged/);
    if (damaged === flipped) await visitor.screenshot({ path: `${SCREENSHOTS}/damaged-link.png` });
    await visitor.click("[data-testid=take-it-yourself]");
    await visitor.locator("[data-testid=start]").waitFor();
    assert.deepEqual(visitor.problems, [], damaged.slice(0, 20));
  }
});

test("the complete event carries the same link as Copy link", async () => {
  const page = await clipboardPage();
  await page.goto(`${h.base}/`);
  await page.evaluate(() => {
    document.addEventListener("context-check:complete", (event) => (window.completed = event.detail));
  });
  await finish(page);
  await page.click("[data-testid=copy-link]");
  await page.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.deepEqual(await page.evaluate(() => window.completed), { profile: "new_offerings", link: copied });
});

test("when the browser refuses to copy, the link is shown to copy by hand", async () => {
  const page = await h.page();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
  });
  await page.goto(`${h.base}/`);
  await finish(page);
  await page.click("[data-testid=copy-link]");
  const field = page.locator("[data-testid=manual-link]");
  await field.waitFor();
  assert.match(await field.inputValue(), /#cc-result=/);
  assert.deepEqual(page.problems, []);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("Download image saves a valid 1200×630 PNG, and SVG a standalone SVG", async () => {
  const context = await h.browser.newContext({ acceptDownloads: true });
  const page = await h.page({ context });
  await page.goto(`${h.base}/`);
  await finish(page);

  const [png] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-png]")]);
  assert.equal(png.suggestedFilename(), "context-check-new_offerings.png");
  const pngPath = `${SCREENSHOTS}/result-card.png`;
  await png.saveAs(pngPath);
  assert.deepEqual(pngSize(readFileSync(pngPath)), [1200, 630]);

  const [svg] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-svg]")]);
  assert.equal(svg.suggestedFilename(), "context-check-new_offerings.svg");
  const text = readFileSync(await svg.path(), "utf8");
  assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
  assert.match(text, /New Offerings/);
  assert.doesNotMatch(text, /href=|url\(|@import/, "nothing outside the file is referenced");
  assert.deepEqual(page.problems, []);
});

test("copying the link leaves the rest of the card as it was: an open Why stays open, focus stays on the button", async () => {
  const page = await clipboardPage();
  await page.goto(`${h.base}/`);
  await finish(page);
  const why = page.locator("[data-testid=chart] details.cc-why").first();
  await why.locator("summary").click();
  assert.equal(await why.evaluate((d) => d.open), true);
  await why.evaluate((d) => (d.dataset.marked = "before"));
  await page.click("[data-testid=copy-link]");
  await page.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  assert.equal(await why.evaluate((d) => d.open), true, "the Why is still open");
  assert.equal(await why.evaluate((d) => d.dataset.marked), "before", "and is the same element, not a new one");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "copy-link");
  assert.deepEqual(page.problems, []);
});
