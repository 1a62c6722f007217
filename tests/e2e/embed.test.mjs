// The script-tag embed (www/embed.js, the <context-check> element) on the demo host pages in demo/.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { answer, finish, startHarness, SCREENSHOTS, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** Every console message of a page, whatever its type. */
function recordConsole(page) {
  const messages = [];
  page.on("console", (m) => messages.push({ type: m.type(), text: m.text() }));
  return messages;
}

test("a long post fetches the widget's code only when the reader nears it, and then once", async () => {
  const page = await h.page({ height: 800 });
  const wasm = [];
  page.on("request", (r) => r.url().endsWith(".wasm") && wasm.push(r.url()));
  await page.goto(`${h.base}/demo/blog-post.html`);
  await page.waitForTimeout(500);
  assert.deepEqual(wasm, [], "nothing is fetched while the widget is far below");

  await page.locator("context-check").scrollIntoViewIfNeeded();
  await page.locator("context-check [data-testid=start]").waitFor();
  assert.equal(wasm.length, 1);
  assert.deepEqual(page.problems, []);
});

/** Every element's box size and the computed styles a hostile page could try to change. */
function layoutOf(root) {
  const properties = [
    "display", "visibility", "font-family", "font-size", "font-weight", "line-height", "letter-spacing",
    "word-spacing", "text-transform", "text-shadow", "color", "background-color", "box-sizing",
    "padding-top", "padding-left", "margin-top", "margin-left", "border-top-width", "border-top-style",
    "width", "height", "cursor", "text-decoration-line",
  ];
  return [root, ...root.querySelectorAll("*")].map((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return [element.localName, Math.round(box.width), Math.round(box.height), ...properties.map((p) => style.getPropertyValue(p))].join(" | ");
  });
}

test("on a hostile host the widget looks exactly as on a plain host, and the quiz completes", async () => {
  const shots = [];
  for (const name of ["plain-host", "hostile-host"]) {
    const page = await h.page({ width: 1000 });
    await page.goto(`${h.base}/demo/${name}.html`);
    await page.locator("context-check").scrollIntoViewIfNeeded();
    const card = page.locator("context-check .cc-root");
    await card.locator("[data-testid=start]").waitFor();
    // Whole pixels only: a card whose height ends part-way through a pixel blends that last row
    // with the host's own background, which is the host's business, not the widget's.
    const box = await card.boundingBox();
    const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
    const clip = { x: box.x + scroll.x, y: box.y + scroll.y, width: Math.floor(box.width), height: Math.floor(box.height) };
    const intro = await page.screenshot({ path: `${SCREENSHOTS}/embed-${name}.png`, clip, fullPage: true });
    await answer(page, STARTUP_GROWING_FAST.slice(0, 2));
    await card.locator('fieldset[data-index="2"]').waitFor();
    // The progress bar grows from the last question's width: measure once it has.
    await card.locator(".cc-progress__bar").evaluate((bar) => Promise.all(bar.getAnimations().map((a) => a.finished)));
    await card.screenshot({ path: `${SCREENSHOTS}/embed-${name}-question.png` });
    shots.push([intro, await card.evaluate(layoutOf)]);
    if (name === "hostile-host") {
      await finish(page, STARTUP_GROWING_FAST, { from: 2 });
      assert.equal(await card.locator("[data-testid=profile-name]").textContent(), "New Offerings");
      await card.screenshot({ path: `${SCREENSHOTS}/embed-${name}-result.png` });
    }
    assert.deepEqual(page.problems, []);
  }
  assert.ok(shots[0][0].equals(shots[1][0]), "the intro's pixels are identical on both hosts");
  // After the clicks the card sits at another sub-pixel offset on each host, which shifts
  // antialiasing; so a question is compared by every element's computed style and size instead.
  assert.deepEqual(shots[1][1], shots[0][1], "a question lays out identically on both hosts");
});

test("where the platform strips the script, the element's link opens the hosted check; where it runs, the widget takes the link's place", async () => {
  const stripped = await h.page({ width: 390, height: 844 });
  await stripped.goto(`${h.base}/demo/script-stripped.html`);
  const link = stripped.locator("context-check > a");
  assert.ok(await link.isVisible(), "a working link, never an empty box");
  await link.click();
  await stripped.locator("[data-testid=start]").waitFor();
  assert.equal(stripped.url(), `${h.base}/`);
  await stripped.context().close();

  const page = await h.page();
  await page.goto(`${h.base}/demo/plain-host.html`);
  await page.locator("context-check [data-testid=start]").waitFor();
  assert.equal(await page.locator("context-check > a").isVisible(), false, "the widget's shadow root replaces the link");
  assert.deepEqual(page.problems, []);
});

test("theme auto follows a host page that declares only a light scheme, and the reader's system elsewhere", async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "dark" });
  const themed = async (path) => {
    const page = await h.page({ context });
    await page.goto(`${h.base}/demo/${path}`);
    await page.locator("context-check [data-testid=start]").waitFor();
    const root = page.locator("context-check .cc-root");
    const found = { theme: await root.getAttribute("data-theme"), background: await root.evaluate((el) => getComputedStyle(el).backgroundColor) };
    assert.deepEqual(page.problems, [], path);
    return { page, ...found };
  };
  const light = await themed("light-blog.html");
  assert.deepEqual([light.theme, light.background], ["light", "rgb(255, 255, 255)"], "a light-only blog gets a light widget");
  const plain = await themed("plain-host.html");
  assert.equal(plain.theme, "auto", "a page that declares nothing leaves it to the reader's system");
  assert.notEqual(plain.background, "rgb(255, 255, 255)", "dark, as the reader's system is");
  const schemes = await plain.page.evaluate(async () => {
    const { hostScheme } = await import(new URL("../www/embed.js", location.href).href);
    return ["light", "only light", "dark", "light dark", "dark light", "normal", ""].map(hostScheme);
  });
  assert.deepEqual(schemes, ["light", "light", "dark", "auto", "auto", "auto", "auto"]);
  await context.close();
});

test("the widget's styles never reach the host page", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/plain-host.html`);
  await page.locator("context-check [data-testid=start]").waitFor();
  const host = await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.className = "cc-root";
    document.body.append(probe);
    const seen = getComputedStyle(probe).borderTopWidth;
    probe.remove();
    return { seen, sheets: [...document.styleSheets].map((s) => s.href ?? "inline") };
  });
  assert.equal(host.seen, "0px", "a host element named like the widget's root is not styled by it");
  assert.ok(!host.sheets.some((href) => href.includes("context-check.css")), "no stylesheet is added to the document");
});

test("two widgets with different instances keep separate progress, and the script included twice raises no error", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/two-widgets.html`);
  const a = page.locator("[data-testid=team-a]");
  const b = page.locator("[data-testid=team-b]");
  await b.scrollIntoViewIfNeeded();
  await a.locator("[data-testid=start]").waitFor();
  await b.locator("[data-testid=start]").waitFor();
  await answer(a, STARTUP_GROWING_FAST.slice(0, 3));
  await a.locator('fieldset[data-index="3"]').waitFor();
  assert.equal(await b.locator("[data-testid=start]").count(), 1, "team B is still at its intro");

  await page.reload();
  await b.scrollIntoViewIfNeeded();
  await a.locator("[data-testid=continue]").waitFor();
  await b.locator("[data-testid=start]").waitFor();
  assert.equal(await b.locator("[data-testid=continue]").count(), 0, "team B has nothing to continue");
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ["context-check:team-context:team-a"]);
  assert.deepEqual(page.problems, []);
});

test("attributes set the theme and accent, with readable text on the accent", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/two-widgets.html`);
  const b = page.locator("[data-testid=team-b]");
  await b.scrollIntoViewIfNeeded();
  const start = b.locator("[data-testid=start]");
  await start.waitFor();
  assert.equal(await b.locator(".cc-root").getAttribute("data-theme"), "dark");
  const colours = await start.evaluate((button) => {
    const style = getComputedStyle(button);
    return { background: style.backgroundColor, text: style.color };
  });
  assert.deepEqual(colours, { background: "rgb(11, 114, 133)", text: "rgb(255, 255, 255)" });

  await b.evaluate((element) => element.style.setProperty("--cc-radius", "3px"));
  const radius = await b.locator(".cc-root").evaluate((root) => getComputedStyle(root).borderTopLeftRadius);
  assert.equal(radius, "3px", "a documented --cc-* property set on the element themes the widget");
});

test("a bad attribute falls back to its default with one console warning", async () => {
  const page = await h.page();
  const messages = recordConsole(page);
  await page.goto(`${h.base}/demo/plain-host.html`);
  await page.locator("context-check [data-testid=start]").waitFor();
  await page.evaluate(() => {
    const widget = document.createElement("context-check");
    widget.setAttribute("theme", "purple");
    widget.setAttribute("accent", "not-a-colour");
    widget.dataset.testid = "odd";
    document.querySelector(".post").prepend(widget);
  });
  await page.locator("[data-testid=odd] [data-testid=start]").waitFor();
  assert.equal(await page.locator("[data-testid=odd] .cc-root").getAttribute("data-theme"), "auto");
  const warnings = messages.filter((m) => m.type === "warning" && m.text.startsWith("Context Check:"));
  assert.deepEqual(
    warnings.map((m) => m.text.split("`")[0]),
    ["Context Check: theme ", "Context Check: accent "],
    "one warning per bad value",
  );
  assert.deepEqual(page.problems, []);
});

test("start=question opens at the first question, with no Back that leads nowhere", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/plain-host.html`);
  await page.evaluate(() => {
    const widget = document.createElement("context-check");
    widget.setAttribute("start", "question");
    widget.setAttribute("instance", "skip");
    widget.dataset.testid = "skip";
    document.querySelector(".post").prepend(widget);
  });
  await page.locator('[data-testid=skip] fieldset[data-index="0"]').waitFor();
  assert.equal(await page.locator("[data-testid=skip] [data-testid=back]").count(), 0, "no Back on question 1");
  await page.click('[data-testid=skip] fieldset[data-index="0"] label >> nth=0');
  await page.click("[data-testid=skip] [data-testid=next]");
  await page.locator('[data-testid=skip] fieldset[data-index="1"]').waitFor();
  assert.equal(await page.locator("[data-testid=skip] [data-testid=back]").count(), 1, "Back from question 2 on");
  assert.deepEqual(page.problems, []);
});

test("the host hears a step event on every screen and a complete event with the profile", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/plain-host.html`);
  await page.evaluate(() => {
    window.heard = [];
    for (const name of ["context-check:step", "context-check:complete"]) {
      document.addEventListener(name, (event) =>
        window.heard.push({ name, detail: event.detail, target: event.target.localName }),
      );
    }
  });
  await page.locator("context-check [data-testid=start]").waitFor();
  await finish(page);
  const heard = await page.evaluate(() => window.heard);
  const steps = heard.filter((e) => e.name === "context-check:step").map((e) => e.detail);
  assert.deepEqual(steps.slice(0, 3), [
    { screen: "intro", question: null, total: 17 },
    { screen: "question", question: 1, total: 17 },
    { screen: "question", question: 2, total: 17 },
  ]);
  assert.deepEqual(steps.slice(-2).map((s) => s.screen), ["review", "result"]);
  const complete = heard.filter((e) => e.name === "context-check:complete");
  assert.equal(complete.length, 1);
  assert.equal(complete[0].detail.profile, "new_offerings");
  assert.equal(complete[0].target, "context-check", "events leave the shadow root from the element");
});

test("widgets added and removed later by a single-page app mount and unmount cleanly", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/single-page-app.html`);
  await page.click("[data-testid=add]");
  await page.click("[data-testid=add]");
  await page.locator("[data-testid=spa-2] [data-testid=start]").waitFor();
  await answer(page.locator("[data-testid=spa-1]"), [1]);
  const removed = await page.locator("[data-testid=spa-2]").elementHandle();
  await page.click("[data-testid=remove]");
  assert.equal(await page.locator("context-check").count(), 1);
  assert.equal(await removed.evaluate((el) => el.shadowRoot.querySelector(".cc-root")), null, "unmounted");
  await page.click("[data-testid=add]");
  await page.locator("[data-testid=spa-3] [data-testid=start]").waitFor();
  await page.locator('[data-testid=spa-1] fieldset[data-index="1"]').waitFor();
  assert.deepEqual(page.problems, []);
});

test("a page with a strict CSP completes the quiz with no refused resource", async () => {
  const page = await h.page();
  const messages = recordConsole(page);
  const response = await page.goto(`${h.base}/demo/strict-csp.html`);
  assert.match(response.headers()["content-security-policy"], /wasm-unsafe-eval/);
  await page.locator("context-check [data-testid=start]").waitFor();
  await finish(page);
  await page.screenshot({ path: `${SCREENSHOTS}/embed-strict-csp.png`, fullPage: true });
  assert.deepEqual(messages.filter((m) => /Refused|violates/.test(m.text)), []);
  assert.deepEqual(page.problems, []);
});

test("a page whose CSP forbids WebAssembly shows a link to the hosted assessment", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/demo/no-wasm-csp.html`);
  const link = page.locator("context-check [data-testid=fallback]");
  await link.waitFor();
  assert.equal(await link.textContent(), "Open the assessment");
  assert.equal(await link.getAttribute("href"), `${h.base}/`);
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  await page.locator("context-check").screenshot({ path: `${SCREENSHOTS}/embed-fallback.png` });
});
