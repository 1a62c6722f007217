// The result card as a team lead meets it: the last question leads straight to it, it opens with
// the verdict, the trap that matters most and the share actions, says how it is scored, and a link
// made with the earlier version of the questions opens as what it is, never as "damaged".
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answer, finish, startHarness, SCREENSHOTS, QUESTIONS, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** The same result link with its instrument version moved by `delta`, checksum made anew. */
function withVersion(page, link, delta) {
  return page.evaluate(
    ([link, delta]) => {
      const code = link.split("cc-result=")[1];
      const bytes = Uint8Array.from(atob(code.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
      const body = bytes.slice(0, -4);
      body[2 + body[1]] += delta; // format, id length, id, then the version
      let crc = ~0;
      for (const b of body) {
        crc ^= b;
        for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
      }
      crc = ~crc >>> 0;
      const out = new Uint8Array([...body, crc & 255, (crc >>> 8) & 255, (crc >>> 16) & 255, crc >>> 24]);
      const text = btoa(String.fromCharCode(...out)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      return `${link.split("cc-result=")[0]}cc-result=${text}`;
    },
    [link, delta],
  );
}

test("the last question leads straight to the result, with the review offered beside it", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  const completed = page.evaluate(
    () => new Promise((done) => document.addEventListener("context-check:complete", (e) => done(e.detail))),
  );
  await answer(page, STARTUP_GROWING_FAST.slice(0, QUESTIONS - 1));
  const last = page.locator(`fieldset[data-index="${QUESTIONS - 1}"]`);
  await last.waitFor();
  assert.equal((await page.textContent("[data-testid=next]")).trim(), "Review answers");
  assert.equal(await page.isDisabled("[data-testid=finish-now]"), true, "nothing to see before the last answer");
  await last.locator(`input[value="${STARTUP_GROWING_FAST[QUESTIONS - 1]}"]`).check();
  assert.equal((await page.textContent("[data-testid=finish-now]")).trim(), "See my result");
  await page.click("[data-testid=finish-now]");
  await page.locator("[data-testid=result]").waitFor();
  assert.equal((await page.textContent("[data-testid=profile-name]")).trim(), "New Offerings");
  const detail = await completed;
  assert.equal(detail.profile, "new_offerings", "the host hears the result was finished");
  assert.match(detail.link, /#cc-result=/);
  assert.deepEqual(page.problems, []);
});

test("on a phone the first two screens hold the verdict, the trap that matters most with its move and question, and the share action", async () => {
  const page = await h.page({ width: 375, height: 812 });
  await page.goto(`${h.base}/`);
  await finish(page);
  const verdict = (await page.textContent("[data-testid=verdict]")).trim();
  assert.match(verdict, /^Parts of how your team works pull against its work as a new offering: Decisions that don't loop back and Implicit context under fast change\./);
  assert.match(verdict, /Side decisions/, "the verdict names the answer that says so most");
  const top = page.locator(".cc-top-trap [data-testid=trap]");
  assert.equal(await top.getAttribute("data-trap"), "loop_back");
  assert.match(await top.locator("[data-testid=ask-team]").textContent(), /^Ask your team: Recall a recent decision/);
  assert.match(await top.textContent(), /You'll know it worked when/);
  const bottom = async (selector) => page.$eval(selector, (el) => el.getBoundingClientRect().bottom + window.scrollY);
  const shareTop = await page.$eval("[data-testid=share]", (el) => el.getBoundingClientRect().top + window.scrollY);
  assert.ok((await bottom("[data-testid=verdict]")) < 812, "the verdict is on the first screen");
  assert.ok(shareTop < 2 * 812, `the share actions start within two screens (at ${Math.round(shareTop)} px)`);
  const whys = await page.$$eval("[data-testid=result] details.cc-why summary", (s) => s.map((e) => e.textContent));
  assert.ok(whys.includes("Why Implicit?"), `each Why names what it explains: ${whys.join(", ")}`);
  assert.ok(!whys.includes("Why"), "no bare Why");
  const chart = await page.textContent("[data-testid=chart]");
  assert.doesNotMatch(chart, /\d+\s*(·|\/|of 100)/, "levels are words and bars, not numbers");
  await page.screenshot({ path: `${SCREENSHOTS}/result-first-screens-375.png` });
  assert.deepEqual(page.problems, []);
});

test("How this is scored opens the model page written from the questionnaire", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  await finish(page);
  const href = await page.getAttribute("[data-testid=how-scored]", "href");
  assert.equal(href, `${h.base}/www/model.html`);
  const doc = await h.page();
  const response = await doc.goto(href);
  assert.equal(response.status(), 200);
  assert.equal(await doc.textContent("h1"), "How Context Check scores your answers");
  assert.match(await doc.textContent("main"), /Converging too early/);
});

test("a link made with the earlier version of the questions opens as such, with a way to take it again, never as damaged", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  const link = page.evaluate(
    () => new Promise((done) => document.addEventListener("context-check:complete", (e) => done(e.detail.link))),
  );
  await finish(page);
  const earlier = await withVersion(page, await link, -1);
  const visitor = await h.page();
  await visitor.goto(earlier);
  const card = visitor.locator("[data-testid=earlier-link]");
  await card.waitFor();
  assert.match(await card.textContent(), /made with an earlier version of the check/);
  assert.equal(await visitor.locator("[data-testid=damaged]").count(), 0);
  await visitor.click("[data-testid=take-it-yourself]");
  await visitor.locator("[data-testid=start]").waitFor();
  assert.deepEqual(visitor.problems, []);
});

test("a result kept from the earlier version stays in the history and opens as what it said then", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  // A stored document as version 1 of the questions left it: one finished result.
  await page.evaluate(() => {
    const entry = {
      id: 1_700_000_000_000,
      finished_at: 1_700_000_000_000,
      instrument_version: 1,
      answers: { work_kind: "platform", trend: "broken" },
      profile: "platform",
      scores: { awareness: 67, effectiveness: 12 },
    };
    localStorage.setItem(
      "context-check:team-context",
      JSON.stringify({ schema: 2, answers: {}, step: "intro", from_review: false, history: [entry] }),
    );
  });
  await page.reload();
  const history = page.locator("[data-testid=history]");
  await history.waitFor();
  assert.match(await history.textContent(), /Internal Product or Platform \(earlier version\)/);
  await history.locator("button", { hasText: "Open" }).click();
  const card = page.locator("[data-testid=earlier-version]");
  await card.waitFor();
  assert.match(await card.textContent(), /it said: Internal Product or Platform/);
  assert.deepEqual(page.problems, []);
});
