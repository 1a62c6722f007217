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
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
console.log(`time to intro rendered: median ${median(intro).toFixed(1)} ms over ${LOADS} loads`);
console.log(`time to first question interactive: median ${median(question).toFixed(1)} ms over ${LOADS} loads (min ${Math.min(...question).toFixed(1)}, max ${Math.max(...question).toFixed(1)})`);

// The embed on a long post (demo/blog-post.html): what the page fetches before the reader gets to
// the widget, and the time from jumping to the widget until its Start button exists.
const post = `http://127.0.0.1:${server.address().port}/demo/blog-post.html`;
const embedded = [];
let before = null;
for (let i = 0; i < LOADS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(post, { waitUntil: "load" });
  await page.waitForTimeout(100);
  before ??= await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name.split("/").pop()).filter((n) => /\.(wasm|js)$/.test(n)),
  );
  const elapsed = await page.evaluate(
    () =>
      new Promise((done) => {
        const widget = document.querySelector("context-check");
        const started = performance.now();
        new MutationObserver((_, observer) => {
          if (widget.shadowRoot.querySelector("[data-testid=start]")) {
            observer.disconnect();
            done(performance.now() - started);
          }
        }).observe(widget.shadowRoot, { childList: true, subtree: true });
        widget.scrollIntoView();
      }),
  );
  embedded.push(elapsed);
  await context.close();
}
console.log(`long post: scripts fetched before the reader nears the widget: ${before.join(", ")}`);
console.log(`long post: time from reaching the widget to its intro being interactive: median ${median(embedded).toFixed(1)} ms over ${LOADS} loads (min ${Math.min(...embedded).toFixed(1)}, max ${Math.max(...embedded).toFixed(1)})`);
await browser.close();
server.close();
