import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answer, answerAll, startHarness, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

async function answerSome(page, count) {
  await answer(page, STARTUP_GROWING_FAST.slice(0, count));
  await page.waitForSelector(`fieldset[data-index="${count}"]`);
}

test("a reload part-way offers Continue and keeps every answer", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  await answerSome(page, 5);
  await page.reload();

  await page.waitForSelector("[data-testid=continue]");
  assert.ok(await page.isVisible("[data-testid=start-over]"));
  await page.click("[data-testid=continue]");
  await page.waitForSelector('fieldset[data-index="5"]', { timeout: 5000 });

  for (let index = 4; index >= 0; index--) {
    await page.click("[data-testid=back]");
    await page.waitForSelector(`fieldset[data-index="${index}"]`);
    const checked = await page.$eval(`fieldset[data-index="${index}"] input:checked`, (i) => i.value);
    assert.equal(checked, String(STARTUP_GROWING_FAST[index]), `answer ${index + 1} is kept`);
  }
  assert.deepEqual(page.problems, []);
});

test("start over after a reload clears the answers", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  await answerSome(page, 3);
  await page.reload();
  await page.click("[data-testid=start-over]");
  await page.waitForSelector('fieldset[data-index="0"]');
  assert.equal(await page.$('fieldset[data-index="0"] input:checked'), null, "nothing is chosen");
  await page.reload();
  await page.waitForSelector("[data-testid=start]");
  assert.equal(await page.$("[data-testid=continue]"), null, "there is nothing to continue");
});

test("a finished result is kept in history and everything can be deleted, leaving the host's keys", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  await page.evaluate(() => localStorage.setItem("host-app:settings", "keep me"));
  await answerAll(page, STARTUP_GROWING_FAST);
  await page.click("[data-testid=finish]");
  await page.waitForSelector("[data-testid=result]");
  await page.reload();
  await page.waitForSelector("[data-testid=result]");
  assert.equal(await page.$$eval("[data-testid=history] li", (items) => items.length), 1);

  await page.click("[data-testid=delete-all]");
  await page.click("[data-testid=confirm-delete]");
  await page.waitForSelector("[data-testid=start]");
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.deepEqual(keys, ["host-app:settings"], "only our keys are gone");
  assert.equal(await page.evaluate(() => localStorage.getItem("host-app:settings")), "keep me");
  assert.deepEqual(page.problems, []);
});

test("with every localStorage call throwing, the assessment still completes in memory", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/storage-blocked.html`);
  await page.waitForSelector("[data-testid=notice]");
  const notice = await page.textContent("[data-testid=notice]");
  assert.match(notice, /won't be kept/);
  await answerAll(page, STARTUP_GROWING_FAST);
  await page.click("[data-testid=finish]");
  await page.waitForSelector("[data-testid=result]");
  assert.equal((await page.textContent("[data-testid=profile-name]")).trim(), "New Offerings");
  assert.equal(await page.$$eval("[data-testid=notice]", (n) => n.length), 1, "the notice is said once");
  assert.deepEqual(page.problems, []);
});

test("unreadable saved data is set aside with a notice, and the assessment starts fresh", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  await page.waitForSelector("[data-testid=start]");
  await page.evaluate(() => localStorage.setItem("context-check:team-context", '{"schema":1,"answers":'));
  await page.reload();
  await page.waitForSelector("[data-testid=notice]");
  assert.match(await page.textContent("[data-testid=notice]"), /set aside/);
  assert.ok(await page.isVisible("[data-testid=start]"), "a fresh start, not a blank widget");
  const kept = await page.evaluate(() => localStorage.getItem("context-check:team-context:unreadable"));
  assert.equal(kept, '{"schema":1,"answers":', "the unreadable data is kept aside, untouched");
  await answerAll(page, STARTUP_GROWING_FAST.map(() => 0));
  assert.deepEqual(page.problems, []);
});

test("data saved by a newer version is left untouched and the visit runs in memory", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/`);
  await page.waitForSelector("[data-testid=start]");
  const newer = '{"schema":99,"whatever":true}';
  await page.evaluate((v) => localStorage.setItem("context-check:team-context", v), newer);
  await page.reload();
  await page.waitForSelector("[data-testid=notice]");
  assert.match(await page.textContent("[data-testid=notice]"), /newer version/);
  await page.click("[data-testid=start]");
  await page.check('fieldset[data-index="0"] input[value="1"]');
  await page.click("[data-testid=next]");
  await page.waitForSelector('fieldset[data-index="1"]');
  assert.equal(await page.evaluate(() => localStorage.getItem("context-check:team-context")), newer);
  assert.deepEqual(page.problems, []);
});
