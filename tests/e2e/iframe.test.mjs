// The iframe embed (www/embed.html) inside host pages, resized by embed.js's helper.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answer, finish, startHarness, SCREENSHOTS, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** The iframe's height on the host, and its content's height and overflow inside. */
async function sizes(page) {
  const outer = await page.locator("[data-testid=frame]").evaluate((f) => f.getBoundingClientRect().height);
  const inner = await page.frames()[1].evaluate(() => ({
    content: Math.ceil(document.body.getBoundingClientRect().height),
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
  }));
  return { outer, ...inner };
}

/** Waits two animation frames on the host: "within a frame or two". */
function twoFrames(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

test("the iframe follows its content's height, growing and shrinking, with no inner scrollbar", async () => {
  const page = await h.page({ width: 1000 });
  await page.goto(`${h.base}/demo/iframe-host.html`);
  const frame = page.frameLocator("[data-testid=frame]");
  await frame.locator("[data-testid=start]").waitFor();
  await twoFrames(page);
  const intro = await sizes(page);
  assert.equal(intro.outer, intro.content, "the intro fits exactly");
  assert.equal(intro.scrolls, false);

  await answer(frame, STARTUP_GROWING_FAST.slice(0, 1));
  await frame.locator('fieldset[data-index="1"]').waitFor();
  await twoFrames(page);
  const question = await sizes(page);
  assert.notEqual(question.content, intro.content, "the question is another height");
  assert.equal(question.outer, question.content);
  assert.equal(question.scrolls, false);

  await finish(frame, STARTUP_GROWING_FAST, { from: 1 });
  await twoFrames(page);
  const result = await sizes(page);
  assert.ok(result.content > question.content, "the result card is taller");
  assert.equal(result.outer, result.content);

  // The host answered every height, so the frame never takes itself for a fixed one.
  await page.waitForTimeout(2500);
  assert.equal(await frame.locator("html[data-frame=fixed]").count(), 0, "not taken for a fixed frame");
  assert.ok(await frame.locator("[data-testid=reading]").isVisible(), "the whole result, not its summary");
  assert.equal(await frame.locator("[data-testid=open-full-result]").isVisible(), false);
  assert.equal((await sizes(page)).outer, result.content);

  await frame.locator("[data-testid=take-again]").click();
  await frame.locator('fieldset[data-index="0"], [data-testid=start]').first().waitFor();
  await twoFrames(page);
  const again = await sizes(page);
  assert.ok(again.content < result.content, "it shrinks back");
  assert.equal(again.outer, again.content);
  await page.screenshot({ path: `${SCREENSHOTS}/iframe-host.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
});

test("a height message from another frame or the host itself is ignored", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/iframe-host.html`);
  await page.frameLocator("[data-testid=frame]").locator("[data-testid=start]").waitFor();
  await twoFrames(page);
  const before = (await sizes(page)).outer;
  await page.evaluate(async () => {
    window.postMessage({ contextCheck: { height: 5 } }, "*");
    const other = document.createElement("iframe");
    other.srcdoc = "<script>parent.postMessage({ contextCheck: { height: 7 } }, '*')<\/script>";
    document.body.append(other);
    await new Promise((done) => setTimeout(done, 300));
  });
  assert.equal((await sizes(page)).outer, before);
});

test("reading links in the iframe open outside it, without access to the host", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/iframe-host.html`);
  const frame = page.frameLocator("[data-testid=frame]");
  await finish(frame);
  const links = await frame.locator("[data-testid=reading] a").evaluateAll((all) =>
    all.map((a) => ({ target: a.target, rel: a.rel })),
  );
  assert.ok(links.length >= 3);
  for (const link of links) assert.deepEqual(link, { target: "_blank", rel: "noopener noreferrer" });
});

test("a sandboxed iframe without storage completes the quiz in memory", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/sandboxed-iframe.html`);
  const frame = page.frameLocator("[data-testid=frame]");
  await frame.locator("[data-testid=start]").waitFor();
  assert.match(await frame.locator("[data-testid=notice]").textContent(), /won't be kept/);
  await finish(frame);
  assert.equal(await frame.locator("[data-testid=profile-name]").textContent(), "New Offerings");
  await twoFrames(page);
  const result = await sizes(page);
  assert.equal(result.outer, result.content, "resizing works for a sandboxed (opaque-origin) frame too");
  assert.deepEqual(page.problems, []);
});

test("the frame WordPress makes from the oEmbed runs sandboxed and is resized by WordPress's own height message", async () => {
  const page = await h.page({ width: 390, height: 844 });
  const messages = [];
  await page.exposeFunction("noteMessage", (data) => messages.push(data));
  await page.addInitScript(() => window.addEventListener("message", (e) => window.noteMessage(e.data)));
  await page.goto(`${h.base}/demo/wordpress-embed.html`);
  const frame = page.frameLocator("[data-testid=frame]");
  await frame.locator("[data-testid=start]").waitFor();
  const height = () => page.locator("[data-testid=frame]").evaluate((f) => f.getAttribute("height"));
  // WordPress sets the height it is told, between 200 and 1000: the intro is shorter than 720.
  await page.waitForFunction(() => document.querySelector("[data-testid=frame]").getAttribute("height") !== "720");
  const content = await page.frames()[1].evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  assert.equal(Number(await height()), Math.min(1000, Math.max(200, content)));
  const wordpress = messages.filter((m) => m?.message === "height");
  assert.ok(wordpress.length > 0 && wordpress.every((m) => m.secret === "Xq7Lm2Rb9T" && Number.isInteger(m.value)), JSON.stringify(messages));
  for (const m of messages) {
    const keys = Object.keys(m ?? {}).sort().join(",");
    assert.ok(keys === "contextCheck" || keys === "message,secret,value", `only the height leaves the frame: ${keys}`);
  }
  // WordPress gives at most 1000 px, less than the result asks: the frame shows the result in
  // short, and as a new tab can't open from this sandbox, the link to the whole of it to copy.
  await finish(frame);
  await frame.locator("html[data-frame=fixed]").waitFor({ state: "attached", timeout: 5000 });
  await frame.locator("[data-testid=full-result-link]").waitFor();
  assert.equal(await frame.locator("[data-testid=reading]").isVisible(), false, "the rest is not shown");
  const full = await frame.locator("[data-testid=full-result-link]").inputValue();
  assert.match(full, new RegExp(`^${h.base}/#cc-result=`), "the hosted page, with the result in its fragment");
  assert.equal(await frame.locator("[data-testid=open-full-result]").count(), 0, "no link that would need a new tab");
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=frame]").getAttribute("height")) < 1000);
  const inside = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1);
  assert.ok(inside, "the summary fits the frame WordPress gives");
  assert.deepEqual(page.problems, []);
});

test("in a sandboxed frame that fits its content, the result offers nothing that needs a download or a new tab, and says why", async () => {
  const page = await h.page({ width: 390, height: 844 });
  await page.goto(`${h.base}/demo/sandboxed-iframe.html`);
  const frame = page.frameLocator("[data-testid=frame]");
  // In that sandbox nothing can be downloaded or opened in a new tab: those actions aren't
  // offered, one line says why, and the reading lists its addresses as text.
  await finish(frame);
  await frame.locator("[data-testid=sandboxed-note]").waitFor();
  assert.equal(await frame.locator("[data-testid=download-png], [data-testid=download-svg], [data-testid=share-sheet]").count(), 0);
  assert.equal(await frame.locator("[data-testid=reading] a, [data-testid=how-scored]").count(), 0, "no link that would need a new tab");
  const addresses = await frame.locator("[data-testid=reading] .cc-reading__url").allTextContents();
  assert.ok(addresses.length >= 3 && addresses.every((a) => a.startsWith("https://")), addresses.join(" "));
  // Copying falls back to a field with the link selected, as the clipboard is refused there.
  await frame.locator("[data-testid=copy-link]").click();
  await frame.locator("[data-testid=manual-link]").waitFor();
  assert.deepEqual(page.problems, []);
});

test("an iframe its host never resizes shows the result in short, and the whole of it opens in a new tab", async () => {
  const page = await h.page({ width: 390, height: 844 });
  await page.goto(`${h.base}/demo/fixed-iframe.html`);
  const frame = page.frameLocator("[data-testid=frame]");
  const iframe = page.locator("[data-testid=frame]");
  await frame.locator("[data-testid=start]").waitFor();
  await finish(frame);
  await frame.locator("html[data-frame=fixed]").waitFor({ state: "attached" });
  const summary = frame.locator("[data-testid=result]");
  await summary.locator("[data-testid=open-full-result]").waitFor();
  assert.equal(await iframe.evaluate((f) => f.getBoundingClientRect().height), 720, "nothing resized the frame");
  const fits = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
  assert.ok(fits, "the summary fits the frame: nothing scrolls inside it");
  const name = await summary.locator("[data-testid=profile-name]").textContent();
  assert.ok(name.length > 0);
  assert.ok((await summary.locator("[data-testid=verdict]").textContent()).length > 20, "the verdict is there");
  for (const part of ["reading", "chart", "share", "profile"]) {
    assert.equal(await summary.locator(`[data-testid=${part}]`).isVisible(), false, `the rest is not shown: ${part}`);
  }

  const open = summary.locator("[data-testid=open-full-result]");
  assert.equal(await open.getAttribute("target"), "_blank");
  const href = await open.getAttribute("href");
  assert.match(href, new RegExp(`^${h.base}/#cc-result=`), "the hosted page, with the result in its fragment");
  const [tab] = await Promise.all([page.context().waitForEvent("page"), open.click()]);
  await tab.locator("[data-testid=profile-name]").waitFor();
  assert.equal(await tab.locator("[data-testid=profile-name]").textContent(), name);
  assert.ok((await tab.locator("[data-testid=reading] a").count()) >= 3, "the tab holds the whole result");
  assert.equal(await tab.locator("[data-testid=open-full-result]").isVisible(), false, "the hosted page shows no summary link");
  await page.screenshot({ path: `${SCREENSHOTS}/fixed-iframe-result.png` });
  assert.deepEqual(page.problems, []);
});

test("without WordPress's secret in its address, embed.html sends only its own height message", async () => {
  const page = await h.page();
  const messages = [];
  await page.exposeFunction("noteMessage", (data) => messages.push(data));
  await page.addInitScript(() => window.addEventListener("message", (e) => window.noteMessage(e.data)));
  await page.goto(`${h.base}/demo/iframe-host.html`);
  await page.frameLocator("[data-testid=frame]").locator("[data-testid=start]").waitFor();
  await twoFrames(page);
  assert.ok(messages.length > 0);
  assert.ok(messages.every((m) => Object.keys(m).join(",") === "contextCheck"), JSON.stringify(messages));
});

test("with relay=1 the frame tells its parent each screen and the profile, and embed.js dispatches them on the iframe", async () => {
  const page = await h.page();
  const messages = [];
  await page.exposeFunction("noteMessage", (data) => messages.push(data));
  await page.addInitScript(() => window.addEventListener("message", (e) => window.noteMessage(e.data)));
  await page.goto(`${h.base}/demo/author-analytics.html`);
  const frame = page.frameLocator("[data-testid=frame]");
  await frame.locator("[data-testid=start]").waitFor();
  await answer(frame, STARTUP_GROWING_FAST.slice(0, 2));
  await page.locator("[data-testid=analytics-log]", { hasText: `question 3 of ${STARTUP_GROWING_FAST.length}` }).waitFor();
  await finish(frame, STARTUP_GROWING_FAST, { from: 2 });
  await page.locator("[data-testid=analytics-log]", { hasText: "finished: " }).waitFor();
  const pushed = await page.evaluate(() => window.dataLayer);
  assert.equal(pushed.length, 1, "one completion pushed");
  assert.match(pushed[0].profile, /^[a-z0-9_]+$/);
  const relayed = messages.filter((m) => m?.contextCheck?.event);
  assert.deepEqual(
    relayed.filter((m) => m.contextCheck.event === "complete").map((m) => Object.keys(m.contextCheck.detail)),
    [["profile"]],
    "the profile leaves the frame, never the result link with its answers",
  );
  for (const m of relayed.filter((m) => m.contextCheck.event === "step")) {
    assert.deepEqual(Object.keys(m.contextCheck.detail).sort(), ["question", "screen", "total"]);
  }
  assert.deepEqual(page.problems, []);
});

test("a relayed event that isn't the frame's, or isn't shaped like one, is not dispatched", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/author-analytics.html`);
  await page.frameLocator("[data-testid=frame]").locator("[data-testid=start]").waitFor();
  const dispatched = await page.evaluate(async () => {
    const seen = [];
    document.addEventListener("context-check:complete", (e) => seen.push(e.detail));
    window.postMessage({ contextCheck: { event: "complete", detail: { profile: "forged" } } }, "*");
    const other = document.createElement("iframe");
    other.srcdoc = "<script>parent.postMessage({ contextCheck: { event: 'complete', detail: { profile: 'forged' } } }, '*')<\/script>";
    document.body.append(other);
    const frame = document.querySelector("[data-testid=frame]");
    // From the frame itself, as a script in it could: a detail of the wrong shape.
    frame.contentWindow.eval(
      "parent.postMessage({ contextCheck: { event: 'complete', detail: { profile: '<img src=x>' } } }, '*');" +
        "parent.postMessage({ contextCheck: { event: 'step', detail: { screen: 'nowhere', question: 1, total: 17 } } }, '*')",
    );
    await new Promise((done) => setTimeout(done, 300));
    return seen;
  });
  assert.deepEqual(dispatched, []);
});
