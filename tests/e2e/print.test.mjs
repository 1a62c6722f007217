// "Print or save as PDF": the result card alone, in black on white, its "Why" answers open and its
// reading's addresses written out; the host page around it is back as it was afterwards.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { finish, startHarness, SCREENSHOTS } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** window.print, recording what is on the page while it "prints", then done as a browser is. */
function stubPrint(page) {
  return page.addInitScript(() => {
    window.print = () => {
      const widget = document.querySelector("context-check");
      const root = widget.shadowRoot;
      const visible = (el) => el.getClientRects().length > 0;
      window.printed = {
        hostText: [...document.querySelectorAll("h1, p, footer")].filter((el) => !widget.contains(el) && visible(el)).length,
        widgetParts: [...root.querySelectorAll(".cc-root > *")].filter(visible).length,
        closedDetails: root.querySelectorAll(".cc-result details:not([open])").length,
        card: visible(root.querySelector(".cc-result")),
      };
      window.dispatchEvent(new Event("afterprint"));
    };
  });
}

test("Print shows the result card alone with every Why open, and puts the page back afterwards", async () => {
  const page = await h.page({ width: 1000 });
  await stubPrint(page);
  await page.goto(`${h.base}/demo/plain-host.html`);
  const widget = page.locator("context-check");
  await finish(widget);
  const closedBefore = await widget.locator(".cc-result details:not([open])").count();
  assert.ok(closedBefore > 3, "the card has closed Why details");
  const hostBefore = await page.evaluate(() => document.querySelector("h1").getClientRects().length);
  await widget.locator("[data-testid=print]").click();
  const printed = await page.evaluate(() => window.printed);
  assert.deepEqual(printed, { hostText: 0, widgetParts: 1, closedDetails: 0, card: true });
  assert.equal(await page.evaluate(() => document.querySelector("h1").getClientRects().length), hostBefore, "the host page is back");
  assert.equal(await widget.locator(".cc-result details:not([open])").count(), closedBefore, "the details close again");
  assert.deepEqual(page.problems, []);
});

test("printed, the card is black on white without buttons, and the reading's addresses are written out", async () => {
  const page = await h.page({ width: 800, height: 1100 });
  // A print dialog that stays open until the test closes it.
  await page.addInitScript(() => (window.print = () => (window.printing = true)));
  await page.goto(`${h.base}/`);
  await finish(page);
  await page.click("[data-testid=print]");
  assert.equal(await page.evaluate(() => window.printing), true);
  await page.emulateMedia({ media: "print" });
  const looks = await page.evaluate(() => {
    const root = document.querySelector(".cc-root");
    const link = root.querySelector("a.cc-reading__link");
    return {
      text: getComputedStyle(root).color,
      background: getComputedStyle(root).backgroundColor,
      page: getComputedStyle(document.body).backgroundColor,
      footer: document.querySelector("footer").getClientRects().length,
      buttons: [...root.querySelectorAll("button")].filter((b) => b.getClientRects().length > 0).length,
      after: getComputedStyle(link, "::after").content,
    };
  });
  assert.deepEqual(looks, { ...looks, text: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)", page: "rgb(255, 255, 255)", footer: 0, buttons: 0 });
  assert.match(looks.after, /attr\(href\)|https:\/\//, "the address follows each reading link");
  await page.screenshot({ path: `${SCREENSHOTS}/printed-result.png`, fullPage: true });
  // Chromium's own PDF of the page, as "Save as PDF" makes it.
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  assert.ok(pdf.subarray(0, 5).toString("latin1") === "%PDF-" && pdf.length > 20000);
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.evaluate(() => document.querySelector("footer").getClientRects().length) > 0, true, "the page is back");
  assert.deepEqual(page.problems, []);
});

test("a sandboxed frame, which may not print, offers no Print", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/wordpress-embed.html`);
  const frame = page.frameLocator("[data-testid=frame]");
  await finish(frame);
  assert.equal(await frame.locator("[data-testid=print]").count(), 0);
});
