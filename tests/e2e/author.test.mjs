// What brings readers back to the author: share-url (shared links and the card image point at the
// author's post, whose widget opens the result) and the author's next step on the result card
// (cta-href, cta-label), with hostile values refused.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { finish, startHarness } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

async function clipboardPage() {
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 }, permissions: ["clipboard-read", "clipboard-write"] });
  return h.page({ context });
}

test("with share-url, the shared link and the card image send readers to the author's post, which opens the result", async () => {
  const page = await clipboardPage();
  await page.goto(`${h.base}/demo/newsletter-web-edition.html`);
  const widget = page.locator("[data-testid=widget]");
  await finish(widget);
  await widget.locator("[data-testid=copy-link]").click();
  await widget.locator("[data-testid=share-status]", { hasText: "Link copied." }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(`${h.base}/demo/author-post.html#cc-result=`), link);
  const profile = await widget.locator("[data-testid=profile-name]").textContent();

  // The card image says where to take the check, in words.
  const [download] = await Promise.all([page.waitForEvent("download"), widget.locator("[data-testid=download-svg]").click()]);
  const svg = await new Promise((done, fail) => {
    download.createReadStream().then((stream) => {
      let text = "";
      stream.on("data", (chunk) => (text += chunk));
      stream.on("end", () => done(text));
      stream.on("error", fail);
    }, fail);
  });
  assert.ok(svg.includes(`Take yours: ${new URL(h.base).host}/demo/author-post.html</text>`), "the post's address on the card");

  const visitor = await h.page();
  await visitor.goto(link);
  const shared = visitor.locator("[data-testid=widget] [data-testid=shared-result]");
  await shared.waitFor();
  assert.equal(await shared.locator("[data-testid=profile-name]").textContent(), profile);
  assert.deepEqual([...page.problems, ...visitor.problems], []);
});

test("the author's next step is a button on the result card, in its own words, opening a new tab", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/author-post.html`);
  const widget = page.locator("[data-testid=widget]");
  await finish(widget);
  const next = widget.locator("[data-testid=next-step-link]");
  assert.equal(await next.textContent(), "Get the next issue");
  assert.equal(await next.getAttribute("href"), "https://example.com/newsletter");
  assert.equal(await next.getAttribute("target"), "_blank");
  assert.match(await next.getAttribute("rel"), /noopener/);
  // Just below the share actions, near the top of the card.
  const order = await widget.locator("[data-testid=result]").evaluate((card) => {
    const share = card.querySelector("[data-testid=share]");
    const step = card.querySelector("[data-testid=next-step]");
    return share.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, "after the share actions");
  assert.deepEqual(page.problems, []);
});

test("hostile cta and share-url values are refused with a warning: no next step, links to the page itself", async () => {
  const page = await h.page();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${h.base}/demo/plain-host.html`);
  await page.evaluate(() => {
    const widget = document.createElement("context-check");
    widget.dataset.testid = "hostile";
    widget.setAttribute("cta-href", "javascript:alert(document.domain)");
    widget.setAttribute("share-url", "data:text/html,<script>alert(1)</script>");
    document.querySelector("context-check")?.remove();
    document.body.prepend(widget);
  });
  const widget = page.locator("[data-testid=hostile]");
  await finish(widget);
  assert.equal(await widget.locator("[data-testid=next-step]").count(), 0);
  assert.ok(warnings.some((w) => w.includes("cta-href")), warnings.join("\n"));
  assert.ok(warnings.some((w) => w.includes("share-url")), warnings.join("\n"));

  // Words are only words: markup in cta-label is shown as text; too long is refused.
  await page.evaluate(() => {
    const widget = document.querySelector("[data-testid=hostile]");
    widget.setAttribute("cta-href", "https://example.com/next");
    widget.setAttribute("cta-label", '<img src=x onerror="window.hacked=1">Subscribe');
  });
  const next = widget.locator("[data-testid=next-step-link]");
  await next.waitFor();
  assert.equal(await next.textContent(), '<img src=x onerror="window.hacked=1">Subscribe');
  assert.equal(await widget.locator("img").count(), 0);
  await page.evaluate(() => document.querySelector("[data-testid=hostile]").setAttribute("cta-label", "x".repeat(61)));
  await widget.locator("[data-testid=next-step-link]", { hasText: "Read more from the author" }).waitFor();
  assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.deepEqual(page.problems, []);
});

test("in a sandboxed frame the next step is its words and address as text, since no tab can open there", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/plain-host.html`);
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.sandbox = "allow-scripts";
    frame.src = "../www/embed.html?cta-href=https%3A%2F%2Fexample.com%2Fnext&cta-label=Next";
    frame.dataset.testid = "frame";
    frame.style.cssText = "width:100%;height:900px";
    document.body.prepend(frame);
  });
  const frame = page.frameLocator("[data-testid=frame]");
  await finish(frame);
  const next = frame.locator("[data-testid=next-step]");
  await next.waitFor();
  assert.equal(await frame.locator("[data-testid=next-step-link]").count(), 0);
  assert.match(await next.textContent(), /Next\s*https:\/\/example\.com\/next/);
});
