import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answerAll, startHarness, SCREENSHOTS, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

for (const theme of ["light", "dark"]) {
  for (const width of [375, 1280]) {
    test(`screenshots of the intro, a question and the result at ${width}px in ${theme}`, async () => {
      const page = await h.page({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      await page.goto(`${h.base}/?theme=${theme}`);
      await page.waitForSelector("[data-testid=start]");
      const shot = (name) => page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}-${theme}.png`, fullPage: true });
      await shot("intro");
      await page.click("[data-testid=start]");
      await page.waitForSelector('fieldset[data-index="0"]');
      await page.check('fieldset[data-index="0"] input[value="2"]');
      await shot("question");
      await page.goto(`${h.base}/?theme=${theme}`);
      await page.click("[data-testid=start-over]");
      await page.waitForSelector('fieldset[data-index="0"]');
      await page.click("[data-testid=back]");
      await answerAll(page, STARTUP_GROWING_FAST);
      await page.click("[data-testid=finish]");
      await page.waitForSelector("[data-testid=result]");
      await shot("result");

      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at ${width}px (overflow ${overflow}px)`);
      const background = await page.$eval(".cc-root", (root) => getComputedStyle(root).backgroundColor);
      assert.equal(background === "rgb(255, 255, 255)", theme === "light", `the ${theme} theme is applied`);
      assert.deepEqual(page.problems, []);
    });
  }
}
