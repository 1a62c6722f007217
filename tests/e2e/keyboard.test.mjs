import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { focused, startHarness, QUESTIONS, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

test("the whole assessment can be completed with the keyboard alone", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  await page.waitForSelector("[data-testid=start]");

  await page.keyboard.press("Tab");
  assert.equal((await focused(page)).testid, "start", "the first Tab stop is Start");
  await page.keyboard.press("Enter");

  for (const [index, option] of STARTUP_GROWING_FAST.entries()) {
    await page.waitForSelector(`fieldset[data-index="${index}"]`);
    await page.waitForFunction(() => document.activeElement?.hasAttribute("data-step-heading"));
    const live = await page.textContent("[data-testid=live]");
    assert.equal(live.trim(), `Question ${index + 1} of ${QUESTIONS}`, "progress is announced");

    await page.keyboard.press("Tab");
    const first = await focused(page);
    assert.equal(first.type, "radio", "one Tab reaches the radio group");
    await page.keyboard.press("Space");
    assert.ok((await focused(page)).checked, "Space selects the focused option");
    for (let step = 0; step < option; step++) await page.keyboard.press("ArrowDown");
    assert.equal((await focused(page)).value, String(option));
    assert.ok((await focused(page)).checked, "arrows move the choice with the focus");
    if (index === 0) {
      await page.keyboard.press("Tab");
      assert.notEqual((await focused(page)).type, "radio", "the next Tab leaves the group: one stop per group");
      await page.keyboard.press("Shift+Tab");
      assert.equal((await focused(page)).value, String(option), "Shift+Tab comes back to the chosen option");
    }
    assert.ok(
      await page.isVisible(`fieldset[data-index="${index}"]`),
      "arrow keys choose within the question and never advance it",
    );
    await page.keyboard.press("Enter");
  }

  // Enter on the last question does what its primary button does: "See my result".
  await page.waitForSelector("[data-testid=result]");
  await page.waitForFunction(() => document.activeElement?.hasAttribute("data-step-heading"));
  assert.equal((await page.textContent("[data-testid=profile-name]")).trim(), "New Offerings");
  const scores = await page.$$eval("[data-testid=chart] [data-dimension]", (rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute("data-dimension"), Number(r.getAttribute("data-score"))])),
  );
  assert.equal(Object.keys(scores).length, 7, "one chart row per dimension");
  assert.equal(scores.awareness, 50, "Implicit: the middle of its band");
  assert.equal(scores.value, 50, "Now and then");
  assert.equal(scores.funding_fit, 100);
  const traps = await page.$$eval("[data-testid=trap]", (els) => els.map((e) => e.getAttribute("data-trap")));
  assert.deepEqual(traps, ["loop_back", "implicit_scaling"]);
  const reading = await page.$$eval("[data-testid=reading] a", (links) =>
    links.map((a) => ({ text: a.textContent.trim(), rel: a.rel, href: a.href })),
  );
  assert.ok(reading.length >= 3 && reading.length <= 6, `3 to 6 reading links, got ${reading.length}`);
  assert.equal(reading[0].text, "TBM 405: Hope, Context, and Control");
  for (const link of reading) {
    assert.match(link.href, /^https:\/\//);
    assert.equal(link.rel, "noopener noreferrer");
  }
  assert.deepEqual(page.problems, []);
});
