// Median time from navigation start to the first question being interactive, over 20 cold loads
// in headless Chromium. "Interactive" means: the widget rendered its intro, its Start button was
// clicked as soon as it existed (by a script in the page, no round trip), and the first question's
// radio buttons exist and are enabled. Timestamps are performance.now(), i.e. since navigation start.
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";

const LOADS = 20;
const server = await serve("dist", 0);
const browser = await launch();
const url = `http://127.0.0.1:${server.address().port}/`;

const probe = () => {
  window.__cc = {};
  new MutationObserver(() => {
    const start = document.querySelector("[data-testid=start]");
    if (start && !window.__cc.intro) {
      window.__cc.intro = performance.now();
      start.click();
    }
    const radio = document.querySelector('fieldset[data-index="0"] input[type=radio]:not([disabled])');
    if (radio && !window.__cc.question) window.__cc.question = performance.now();
  }).observe(document, { childList: true, subtree: true });
};

const intro = [];
const question = [];
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(url);
  await page.waitForFunction(() => window.__cc?.question);
  const marks = await page.evaluate(() => window.__cc);
  intro.push(marks.intro);
  question.push(marks.question);
  await context.close();
}
await browser.close();
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
console.log(`time to intro rendered: median ${median(intro).toFixed(1)} ms over ${LOADS} loads`);
console.log(`time to first question interactive: median ${median(question).toFixed(1)} ms over ${LOADS} loads (min ${Math.min(...question).toFixed(1)}, max ${Math.max(...question).toFixed(1)})`);
