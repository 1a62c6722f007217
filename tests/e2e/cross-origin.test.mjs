// A host page and dist/ on two origins (two ports), as on every real blog: the script embed, the
// iframe embed and the share actions across them, with the CORS headers of dist/_headers (which the
// test server sends, as Netlify and Cloudflare Pages would). demo/cross-origin.html is the page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "../../tools/serve.mjs";
import { finish, startHarness } from "./harness.mjs";

let h;
let widgetServer;
let widget;
before(async () => {
  h = await startHarness();
  widgetServer = await serve("dist", 0);
  widget = `http://127.0.0.1:${widgetServer.address().port}`;
});
after(async () => {
  await h.close();
  await new Promise((done) => widgetServer.close(done));
});

/** The cross-origin demo on the harness's origin, with the widget from the other one. */
async function openHost(page, query = "") {
  await page.goto(`${h.base}/demo/cross-origin.html?widget=${encodeURIComponent(`${widget}/`)}${query}`);
}

/** A page whose browser may use the clipboard on both origins. */
async function clipboardPage() {
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 } });
  for (const origin of [h.base, widget]) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  return h.page({ context });
}

/**
 * In every frame: a share sheet that records what it was given, with a canShare that takes files
 * or not. Linux's Chromium has no share sheet, and its permissions policy doesn't know web-share:
 * the stub stands in for a Chromium that has both, where allow= delegates web-share to a frame
 * exactly as it delegates clipboard-write.
 */
function stubShareSheet(page, { files = true } = {}) {
  return page.addInitScript((acceptFiles) => {
    window.shared = [];
    const real = Object.getOwnPropertyDescriptor(Document.prototype, "featurePolicy").get;
    Object.defineProperty(Document.prototype, "featurePolicy", {
      get() {
        const policy = real.call(this);
        return {
          features: () => [...policy.features(), "web-share"],
          allowsFeature: (feature) => policy.allowsFeature(feature === "web-share" ? "clipboard-write" : feature),
        };
      },
    });
    Navigator.prototype.canShare = (data) => acceptFiles || !data?.files;
    Navigator.prototype.share = async (data) => {
      const files = [...(data.files ?? [])].map((f) => ({ name: f.name, type: f.type, size: f.size }));
      window.shared.push({ title: data.title, text: data.text, url: data.url, files });
    };
  }, files);
}

test("the two servers are two origins, and dist/ answers the other origin with the CORS header", async () => {
  assert.notEqual(new URL(h.base).origin, new URL(widget).origin);
  const response = await fetch(`${widget}/www/embed.js`, { headers: { origin: h.base } });
  assert.equal(response.headers.get("access-control-allow-origin"), "*");
  const wasm = await fetch(`${widget}/pkg/context_check_bg.wasm`);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
});

test("the script embed from another origin runs to the result, and Copy link copies the host page's link", async () => {
  const page = await clipboardPage();
  await openHost(page);
  const element = page.locator("[data-testid=element]");
  await element.locator("[data-testid=start]").waitFor();
  await finish(element);
  await page.locator("[data-testid=heard-element]", { hasText: "finished" }).waitFor();
  await element.locator("[data-testid=copy-link]").click();
  await element.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(`${h.base}/demo/cross-origin.html?`), copied);
  assert.match(copied, /#cc-result-element=/);
  assert.deepEqual(page.problems, []);
});

test("the iframe from another origin is resized, relays its events, and copies its link with allow=clipboard-write", async () => {
  const page = await clipboardPage();
  await openHost(page);
  const frame = page.frameLocator("[data-testid=frame]");
  await frame.locator("[data-testid=start]").waitFor();
  await page.locator("[data-testid=heard-frame]", { hasText: "intro" }).waitFor();
  await page.waitForFunction(() => {
    const box = document.querySelector("[data-testid=frame]");
    return box.getBoundingClientRect().height !== 640;
  });
  await finish(frame);
  await page.locator("[data-testid=heard-frame]", { hasText: "finished" }).waitFor();
  const inner = await page.frames().find((f) => f.url().startsWith(widget)).evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const outer = await page.locator("[data-testid=frame]").evaluate((f) => f.getBoundingClientRect().height);
  assert.equal(outer, inner, "the frame is as tall as its result");
  await frame.locator("[data-testid=copy-link]").click();
  await frame.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(`${widget}/#cc-result=`), `the frame's links open the hosted page: ${copied}`);
  assert.deepEqual(page.problems, []);
});

test("a frame from another origin without allow= offers no share sheet and shows its link to copy by hand", async () => {
  const page = await clipboardPage();
  await stubShareSheet(page);
  await openHost(page, "&allow=none");
  const frame = page.frameLocator("[data-testid=frame]");
  await finish(frame);
  assert.equal(await frame.locator("[data-testid=share-sheet]").count(), 0, "the permissions policy forbids web-share there");
  await frame.locator("[data-testid=copy-link]").click();
  const field = frame.locator("[data-testid=manual-link]");
  await field.waitFor();
  assert.match(await field.inputValue(), /#cc-result=/);
  assert.deepEqual(page.problems, []);
});

test("Share in a frame from another origin with allow=web-share hands over the link and the card as a PNG file", async () => {
  const page = await clipboardPage();
  await stubShareSheet(page);
  await openHost(page);
  const frame = page.frameLocator("[data-testid=frame]");
  await finish(frame);
  const inside = page.frames().find((f) => f.url().startsWith(widget));
  // The card is drawn as the result shows, so that the sheet opens while the tap is fresh.
  await page.waitForTimeout(500);
  await frame.locator("[data-testid=share-sheet]").click();
  await inside.waitForFunction(() => window.shared.length === 1);
  const [shared] = await inside.evaluate(() => window.shared);
  assert.match(shared.url, new RegExp(`^${widget}/#cc-result=`));
  assert.ok(shared.title && shared.text, "a title and the profile's name");
  assert.equal(shared.files.length, 1);
  assert.match(shared.files[0].name, /^context-check-[a-z_]+\.png$/);
  assert.equal(shared.files[0].type, "image/png");
  assert.ok(shared.files[0].size > 10000, `a real image: ${shared.files[0].size} bytes`);
  assert.deepEqual(page.problems, []);
});

test("where the share sheet takes no files, Share hands over the link alone; where canShare refuses links, there is no Share", async () => {
  const page = await h.page();
  await stubShareSheet(page, { files: false });
  await page.goto(`${h.base}/`);
  await finish(page);
  await page.waitForTimeout(300);
  await page.click("[data-testid=share-sheet]");
  await page.waitForFunction(() => window.shared.length === 1);
  const [shared] = await page.evaluate(() => window.shared);
  assert.deepEqual(shared.files, []);
  assert.match(shared.url, /#cc-result=/);

  const refusing = await h.page();
  await refusing.addInitScript(() => {
    Navigator.prototype.share = async () => {};
    Navigator.prototype.canShare = () => false;
  });
  await refusing.goto(`${h.base}/`);
  await finish(refusing);
  assert.equal(await refusing.locator("[data-testid=share-sheet]").count(), 0);
  assert.deepEqual([...page.problems, ...refusing.problems], []);
});
