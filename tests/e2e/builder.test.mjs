import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve } from "../../tools/serve.mjs";
import { startHarness, SCREENSHOTS } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

const BUTTON_TEXT = "Take the 5-minute team context check";
/** The link a script snippet's element holds until it upgrades. */
const fallback = (text = BUTTON_TEXT) => `<a href="${h.base}/">${text}</a>`;

/**
 * A builder page whose `own` list collects errors from the builder itself: errors from the widget
 * behind the preview (embed.js, pkg/, its styles) belong to the widget's own tests.
 */
async function openBuilder({ width = 1280, height = 900, context, url } = {}) {
  const page = await h.page({ width, height, context });
  page.own = [];
  const widget = /\/www\/embed\.js|\/pkg\/|\/styles\//;
  page.on("pageerror", (e) => {
    if (!widget.test(e.stack ?? "")) page.own.push(`pageerror: ${e.message}`);
  });
  page.on("console", (m) => {
    if (m.type() === "error" && !widget.test(m.location()?.url ?? "")) page.own.push(`console: ${m.text()}`);
  });
  await page.goto(url ?? `${h.base}/www/builder.html`);
  await page.waitForFunction(() => document.getElementById("snippet-script")?.value !== "");
  return page;
}

/** A builder page in a context of its own that may read and write the clipboard. */
async function builderWithClipboard() {
  const context = await h.browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  return { context, page: await openBuilder({ context }) };
}

const snippet = (page, name) => page.inputValue(`#snippet-${name}`);
const snippets = async (page) => ({
  script: await snippet(page, "script"),
  iframe: await snippet(page, "iframe"),
  email: await snippet(page, "email"),
  answer: await snippet(page, "answer"),
});

/**
 * The attributes of the preview's one <context-check> element, once they equal `expected`. The
 * snippets' theme auto shows on the preview as the theme its page (light by default) gives it.
 */
async function previewAttributes(page, expected) {
  await page.waitForFunction(
    (want) => {
      const all = document.querySelectorAll("#preview context-check");
      if (all.length !== 1) return false;
      const got = Object.fromEntries([...all[0].attributes].map((a) => [a.name, a.value]));
      return JSON.stringify(got) === JSON.stringify(want);
    },
    expected,
    { timeout: 5000 },
  ).catch(() => {});
  return page.$eval("#preview", (preview) =>
    [...preview.querySelectorAll("context-check")].map((el) =>
      Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    ),
  );
}

test("with the defaults the snippets carry no options and point at the folder the builder is deployed in", async () => {
  const page = await openBuilder();
  const { script, iframe, email } = await snippets(page);
  assert.equal(script, `<script type="module" src="${h.base}/www/embed.js"></script>\n<context-check>${fallback()}</context-check>`);
  assert.match(iframe, new RegExp(`^<iframe src="${h.base}/www/embed\\.html" title="Context Check: a team context assessment" allow="clipboard-write; web-share" data-context-check loading="lazy" style="width:100%;border:0;height:720px"></iframe>`));
  assert.ok(iframe.endsWith(`<script type="module" src="${h.base}/www/embed.js"></script>`), "the optional resize script");
  assert.ok(email.includes(`href="${h.base}/"`), "the email button links to the hosted page");
  assert.deepEqual(await previewAttributes(page, { theme: "light" }), [{ theme: "light" }], "one preview element, auto resolved for the light page and nothing else");
  assert.equal(await page.textContent("[data-origin]"), h.base, "the page names the origin it uses");
  assert.deepEqual(page.own, []);
});

test("the address the author serves dist/ from goes into every snippet, and one that isn't https is refused with a reason", async () => {
  const page = await openBuilder();
  assert.equal(await page.inputValue("#served-at"), h.base, "it starts at the builder's own folder");
  await page.fill("#served-at", "https://ana.github.io/context-check/");
  await page.waitForFunction(() => document.querySelector("#snippet-script").value.includes("ana.github.io"));
  const { script, iframe, email } = await snippets(page);
  const at = "https://ana.github.io/context-check";
  assert.ok(script.startsWith(`<script type="module" src="${at}/www/embed.js"></script>`), script);
  assert.ok(script.includes(`<a href="${at}/">`), "the fallback link too");
  assert.ok(iframe.startsWith(`<iframe src="${at}/www/embed.html"`), iframe);
  assert.ok(email.includes(`href="${at}/"`), "the email button");
  assert.ok((await snippet(page, "answer")).includes(`href="${at}/#cc-start=`), "the answer block's links");
  assert.equal(await snippet(page, "link"), `${at}/`);
  assert.equal(await page.isVisible("#served-at-error"), false);
  assert.equal(await page.textContent("[data-origin]"), at);

  for (const bad of ["http://ana.example/cc", "javascript:alert(1)", "https://ana.example/?x=1", "not an address"]) {
    await page.fill("#served-at", bad);
    await page.waitForFunction(() => !document.querySelector("#served-at-error").hidden);
    assert.equal(await page.getAttribute("#served-at", "aria-invalid"), "true", bad);
    assert.ok((await snippet(page, "script")).startsWith(`<script type="module" src="${h.base}/www/embed.js">`), `${bad}: the builder's own address`);
  }
  assert.deepEqual(page.own, []);
});

test("the link snippet is the hosted page, and the relay box adds relay=1 to the iframe's address alone", async () => {
  const page = await openBuilder();
  await page.check('input[name="theme"][value="dark"]');
  assert.equal(await snippet(page, "link"), `${h.base}/?theme=dark`);
  assert.ok(!(await snippet(page, "iframe")).includes("relay"), "off by default");
  await page.check("#iframe-relay");
  assert.ok((await snippet(page, "iframe")).startsWith(`<iframe src="${h.base}/www/embed.html?theme=dark&amp;relay=1"`));
  assert.ok(!(await snippet(page, "script")).includes("relay"), "the script embed has its events anyway");
  assert.deepEqual(page.own, []);
});

test("changing theme, accent and start updates all three snippets and re-creates the preview element with those attributes", async () => {
  const page = await openBuilder();
  await page.evaluate(() => (window.firstPreview = document.querySelector("#preview context-check")));

  await page.check('input[name="theme"][value="dark"]');
  await page.fill("#accent-text", "#0b7285");
  await page.check('input[name="start"][value="question"]');
  const { script, iframe, email } = await snippets(page);
  assert.ok(
    script.endsWith(`\n<context-check theme="dark" accent="#0b7285" start="question">${fallback()}</context-check>`),
    `script snippet: ${script}`,
  );
  assert.ok(
    iframe.includes(`<iframe src="${h.base}/www/embed.html?theme=dark&amp;accent=%230b7285&amp;start=question" `),
    `iframe snippet: ${iframe}`,
  );
  assert.ok(email.includes(`href="${h.base}/?theme=dark"`), "the email link keeps the theme");
  assert.ok(email.includes('bgcolor="#0b7285"'), "the email button takes a hex accent");
  assert.deepEqual(await previewAttributes(page, { theme: "dark", accent: "#0b7285", start: "question" }), [
    { theme: "dark", accent: "#0b7285", start: "question" },
  ]);
  assert.equal(
    await page.evaluate(() => document.querySelector("#preview context-check") === window.firstPreview),
    false,
    "the preview element is a new one",
  );
  assert.equal(await page.inputValue("#accent-picker"), "#0b7285", "the colour picker follows the text field");

  await page.fill("#accent-picker", "#ff5500");
  assert.equal(await page.inputValue("#accent-text"), "#ff5500", "the text field follows the colour picker");
  await page.check('input[name="font"][value="inherit"]');
  await page.fill("#instance", "blog");
  await page.check('input[name="theme"][value="auto"]');
  const after = await snippets(page);
  assert.ok(after.script.endsWith(`\n<context-check accent="#ff5500" start="question" instance="blog" font="inherit">${fallback()}</context-check>`), after.script);
  assert.ok(after.iframe.includes("embed.html?accent=%23ff5500&amp;start=question&amp;instance=blog&amp;font=inherit\""), after.iframe);
  assert.ok(after.email.includes(`href="${h.base}/"`), "back to the default theme, the link has no query");
  assert.deepEqual(await previewAttributes(page, { theme: "light", accent: "#ff5500", start: "question", instance: "blog", font: "inherit" }), [
    { theme: "light", accent: "#ff5500", start: "question", instance: "blog", font: "inherit" },
  ]);

  await page.click("#accent-reset");
  assert.ok((await snippet(page, "script")).endsWith(`\n<context-check start="question" instance="blog" font="inherit">${fallback()}</context-check>`));
  assert.equal(await page.inputValue("#accent-picker"), "#3451c7", "the reset picker shows the default accent");
  assert.deepEqual(page.own, []);
});

test("the language is offered: German goes into the script and iframe snippets and the preview, the reader's own leaves it out", async () => {
  const page = await openBuilder();
  assert.equal(await page.isChecked('input[name="lang"][value=""]'), true, "the reader's own language by default");
  await page.check('input[name="lang"][value="de"]');
  const { script, iframe } = await snippets(page);
  assert.ok(script.endsWith(`\n<context-check lang="de">${fallback("Den 5-Minuten-Check zum Kontext deines Teams machen")}</context-check>`), script);
  assert.ok(iframe.includes(`<iframe src="${h.base}/www/embed.html?lang=de" `), iframe);
  assert.deepEqual(await previewAttributes(page, { theme: "light", lang: "de" }), [{ theme: "light", lang: "de" }]);
  // The preview speaks German.
  await page.locator("#preview context-check [data-testid=start]").waitFor();
  assert.equal(await page.locator("#preview context-check .cc-root").getAttribute("lang"), "de");

  await page.check('input[name="font"][value="inherit"]');
  await page.check('input[name="lang"][value="en"]');
  assert.ok((await snippet(page, "script")).endsWith(`\n<context-check lang="en" font="inherit">${fallback()}</context-check>`), "lang comes before font, as in the contract");
  await page.check('input[name="lang"][value=""]');
  assert.ok(!(await snippet(page, "script")).includes("lang="), "the reader's own language needs no attribute");
  assert.deepEqual(page.own, []);
});

test('an accent like "><script> is escaped in the snippets and a bad instance name is left out', async () => {
  const page = await openBuilder();
  const evil = `"><script>alert(1)</script>`;
  await page.fill("#accent-text", evil);
  const { script, iframe, email } = await snippets(page);
  assert.ok(script.includes(' accent="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'), script);
  assert.equal(script.split("<script").length - 1, 1, "the only script tag in the script snippet is embed.js");
  assert.ok(iframe.includes("?accent=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E\""), iframe);
  assert.equal(iframe.split("<script").length - 1, 1, "the only script tag in the iframe snippet is embed.js");
  assert.ok(!email.includes("<script") && !email.includes("alert"), "a non-hex accent stays out of the email");
  assert.ok(await page.isVisible("#accent-hint"), "the builder says it isn't a colour");
  assert.deepEqual(await previewAttributes(page, { theme: "light", accent: evil }), [{ theme: "light", accent: evil }]);
  assert.equal(await page.$$eval("#preview script", (s) => s.length), 0, "nothing is injected into the preview");

  await page.fill("#instance", 'my "blog"');
  assert.equal(await page.getAttribute("#instance", "aria-invalid"), "true");
  assert.ok(await page.isVisible("#instance-error"));
  assert.ok(!(await snippet(page, "script")).includes("instance="), "an invalid instance is left out");
  await page.fill("#instance", "my-blog_2");
  assert.equal(await page.getAttribute("#instance", "aria-invalid"), null);
  assert.ok(await page.isHidden("#instance-error"));
  assert.ok((await snippet(page, "script")).includes(' instance="my-blog_2"'));
  assert.deepEqual(page.own, []);
});

test("the copy button puts each snippet on the clipboard and announces it", async () => {
  const { context, page } = await builderWithClipboard();
  await page.check('input[name="theme"][value="dark"]');
  for (const name of ["link", "script", "iframe", "email", "answer"]) {
    const status = `[data-copy-status="snippet-${name}"]`;
    assert.equal(await page.getAttribute(status, "role"), "status", "the status is a live region");
    await page.click(`[data-copy="snippet-${name}"]`);
    await page.waitForFunction((s) => document.querySelector(s).textContent.includes("Copied"), status);
    assert.ok(await page.isVisible(status), "the announcement is visible too");
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(clipboard, await snippet(page, name), `the ${name} snippet is on the clipboard`);
  }
  const names = await page.$$eval("[data-copy]", (buttons) => buttons.map((b) => b.textContent));
  assert.deepEqual(
    names,
    ["Copy the link", "Copy the script tag", "Copy the iframe", "Copy the email button", "Copy the email answer block's HTML"],
    "each button's name says what it copies",
  );

  await page.fill("#accent-text", "teal");
  assert.equal(await page.textContent('[data-copy-status="snippet-script"]'), "", "a stale Copied goes when the snippet changes");
  await context.close();
});

test("without clipboard access the copy button selects the snippet and says to press Ctrl+C", async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
    });
  });
  const page = await openBuilder({ context });
  await page.click('[data-copy="snippet-iframe"]');
  const status = '[data-copy-status="snippet-iframe"]';
  await page.waitForFunction((s) => document.querySelector(s).textContent !== "", status);
  assert.match(await page.textContent(status), /press (Ctrl\+C|⌘C) to copy/);
  const selection = await page.evaluate(() => {
    const area = document.activeElement;
    return { id: area.id, start: area.selectionStart, end: area.selectionEnd, length: area.value.length };
  });
  assert.deepEqual(selection, { id: "snippet-iframe", start: 0, end: selection.length, length: selection.length });
  assert.ok(selection.length > 0, "the whole snippet is selected");
  await context.close();
});

test("the email snippet has no script or class, only inline styles, and the button text and link", async () => {
  const page = await openBuilder();
  await page.check('input[name="theme"][value="light"]');
  const email = await snippet(page, "email");
  for (const banned of ["<script", "class=", "<style", "<link", "<img", "javascript:"]) {
    assert.ok(!email.toLowerCase().includes(banned), `no ${banned}`);
  }
  assert.ok(email.startsWith("<table"), "table-based");
  assert.ok(email.includes(`>${BUTTON_TEXT}</a>`), "the button text");
  assert.ok(email.includes(`<a href="${h.base}/?theme=light"`), "the link to the hosted page, with the theme");

  // Rendered with nothing but its own inline styles, the button is a readable, clickable block.
  const mail = await h.page({ width: 600, height: 400 });
  await mail.setContent(`<!doctype html><body>${email}</body>`);
  const button = await mail.$eval("a", (a) => {
    const style = getComputedStyle(a);
    const box = a.getBoundingClientRect();
    return { text: a.textContent, href: a.href, colour: style.color, background: getComputedStyle(a.parentElement).backgroundColor, height: box.height };
  });
  assert.equal(button.text, BUTTON_TEXT);
  assert.equal(button.href, `${h.base}/?theme=light`);
  assert.equal(button.colour, "rgb(255, 255, 255)");
  assert.equal(button.background, "rgb(52, 81, 199)");
  assert.ok(button.height >= 44, `a finger-sized button (${button.height}px)`);

  // The generator is exported; a light accent gets dark text, and the static copy matches it.
  const generated = await page.evaluate(async () => {
    const builder = await import(new URL("./builder.js", location.href).href);
    return {
      light: builder.emailSnippet({ origin: "https://x.example", accent: "#ffd43b" }),
      placeholder: builder.emailSnippet({ origin: builder.PLACEHOLDER_ORIGIN }),
      lightContrast: builder.contrast("#ffd43b", "#000000"),
    };
  });
  assert.ok(generated.light.includes('bgcolor="#ffd43b"') && generated.light.includes("color:#000000;"), "black text, as the widget puts on a light accent");
  assert.ok(generated.lightContrast >= 4.5);
  const file = readFileSync("www/email-snippet.html", "utf8");
  assert.ok(file.includes(generated.placeholder), "www/email-snippet.html holds the generator's output for https://your-host.example");
  assert.ok(!/<script|class=/i.test(file), "the static copy has no script and no class either");
  assert.deepEqual(page.own, []);
});

/** The first question's option ids and labels, as the host contract gives them. */
async function firstQuestion(page, lang = "en") {
  return page.evaluate(async (language) => {
    const contract = await import(new URL("./host-contract.js", location.href).href);
    return contract.FIRST_QUESTION[language];
  }, lang);
}

/** The links of an HTML block, rendered with nothing but its own markup (and photographed, with `shot`). */
async function linksOf(html, shot) {
  const mail = await h.page({ width: 600, height: 800 });
  await mail.setContent(`<!doctype html><body>${html}</body>`);
  if (shot) await mail.screenshot({ path: `${SCREENSHOTS}/${shot}`, fullPage: true });
  const links = await mail.$$eval("a", (all) => all.map((a) => ({ text: a.textContent, href: a.href })));
  await mail.context().close();
  return links;
}

test("each link of the email answer block opens the check at question 2 with that answer chosen", async () => {
  const page = await openBuilder();
  const question = await firstQuestion(page);
  const html = await snippet(page, "answer");
  for (const banned of ["<script", "class=", "<style", "<link", "<img", "javascript:"]) {
    assert.ok(!html.toLowerCase().includes(banned), `no ${banned}`);
  }
  assert.ok(html.startsWith("<table") && html.includes(question.prompt), "tables, with the first question's text");
  const links = await linksOf(html, "email-answer-block.png");
  assert.deepEqual(
    links,
    question.options.map((o) => ({ text: o.label, href: `${h.base}/#cc-start=${question.id}:${o.id}` })),
    "one link per option, its label as the link text",
  );

  for (const [index, link] of links.entries()) {
    const reader = await h.page({ width: 390, height: 844 });
    await reader.goto(link.href);
    await reader.locator('fieldset[data-index="1"]').waitFor();
    assert.equal(new URL(reader.url()).hash, "", `the answer leaves the address once taken (${link.text})`);
    await reader.locator("[data-testid=back]").click();
    await reader.locator('fieldset[data-index="0"]').waitFor();
    assert.equal(await reader.isChecked(`fieldset[data-index="0"] input[value="${index}"]`), true, link.text);
    // Reloaded, the reader stays where they were, with the answer kept.
    await reader.reload();
    await reader.locator("[data-testid=continue]").waitFor();
    assert.deepEqual(reader.problems, [], link.text);
    await reader.context().close();
  }
  assert.deepEqual(page.own, []);
});

test("with image buttons each answer's link holds its drawn button, whose alt text is the answer, and still opens at question 2", async () => {
  const page = await openBuilder();
  const question = await firstQuestion(page);
  await page.check("#answer-images");
  const html = await snippet(page, "answer");
  for (const banned of ["<script", "class=", "<style", "<link", "javascript:"]) {
    assert.ok(!html.toLowerCase().includes(banned), `no ${banned}`);
  }
  const mail = await h.page({ width: 600, height: 900 });
  await mail.setContent(`<!doctype html><body>${html}</body>`);
  await mail.waitForFunction(() => [...document.images].every((i) => i.complete));
  await mail.screenshot({ path: `${SCREENSHOTS}/email-answer-buttons.png`, fullPage: true });
  const buttons = await mail.$$eval("a", (all) =>
    all.map((a) => {
      const img = a.querySelector("img");
      return { href: a.href, alt: img?.alt, src: img?.src, drawn: img?.naturalWidth, shown: img?.getBoundingClientRect().width };
    }),
  );
  assert.deepEqual(
    buttons.map(({ href, alt, src }) => ({ href, alt, src })),
    question.options.map((o) => ({
      href: `${h.base}/#cc-start=${question.id}:${o.id}`,
      alt: o.label,
      src: `${h.base}/www/email/en/${o.id}.png`,
    })),
  );
  for (const b of buttons) {
    assert.equal(b.drawn, 1120, `${b.src} is served and drawn at twice its size`);
    assert.ok(b.shown > 300 && b.shown <= 560, `${b.src} shows at ${b.shown}px`);
  }
  await mail.context().close();

  const reader = await h.page({ width: 390, height: 844 });
  await reader.goto(buttons[2].href);
  await reader.locator('fieldset[data-index="1"]').waitFor();
  await reader.locator("[data-testid=back]").click();
  assert.equal(await reader.isChecked('fieldset[data-index="0"] input[value="2"]'), true);
  assert.deepEqual(reader.problems, []);

  await page.uncheck("#answer-images");
  assert.ok(!(await snippet(page, "answer")).includes("<img"), "unticked, the block is text links again");
  assert.deepEqual(page.own, []);
});

test("an answer link that names no question or option opens the check at its intro", async () => {
  for (const start of ["nope:new", "work_kind:nope", "work_kind", "work_kind:new:new", "%00:%00"]) {
    const reader = await h.page();
    await reader.goto(`${h.base}/#cc-start=${start}`);
    await reader.locator("[data-testid=start]").waitFor();
    assert.equal(await reader.locator("fieldset[data-index]").count(), 0, start);
    assert.deepEqual(reader.problems, [], start);
    await reader.context().close();
  }
});

test("the answer block's German version asks the German question, and the rich text pastes with its links", async () => {
  const { context, page } = await builderWithClipboard();
  await page.check('input[name="lang"][value="de"]');
  const german = await firstQuestion(page, "de");
  assert.ok((await snippet(page, "answer")).includes(german.prompt), "the German question");
  assert.equal(await page.getAttribute("#answer-rich", "lang"), "de");

  await page.click("#copy-answer-rich");
  const status = '[data-copy-status="answer-rich"]';
  await page.waitForFunction((s) => document.querySelector(s).textContent.includes("Copied"), status);
  // Pasted into an editor (a contenteditable, as Substack's and Medium's are), the links survive.
  const editor = await context.newPage();
  await editor.goto(`${h.base}/demo/demos.html`);
  await editor.evaluate(() => {
    document.body.innerHTML = '<div id="editor" contenteditable="true" style="min-height:200px"></div>';
    document.getElementById("editor").focus();
  });
  await editor.keyboard.press("Control+V");
  await editor.waitForFunction(() => document.querySelectorAll("#editor a").length > 0);
  const pasted = await editor.$$eval("#editor a", (all) => all.map((a) => ({ text: a.textContent, href: a.href })));
  assert.deepEqual(
    pasted,
    german.options.map((o) => ({ text: o.label, href: `${h.base}/#cc-start=${german.id}:${o.id}` })),
  );
  assert.ok((await editor.textContent("#editor")).includes(german.prompt), "the question is pasted too");
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(plain.includes(`${german.options[0].label}: ${h.base}/#cc-start=`), "a plain paste keeps each address");
  await page.screenshot({ path: `${SCREENSHOTS}/builder-answer-block.png`, fullPage: true });
  assert.deepEqual(page.own, []);
  await context.close();
});

test("the form can be used with the keyboard alone", async () => {
  const page = await openBuilder();
  await page.focus('input[name="theme"][value="auto"]');
  await page.keyboard.press("ArrowDown");
  assert.ok((await snippet(page, "script")).includes('<context-check theme="light">'), "arrow keys pick a theme");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "accent-picker", "Tab moves on to the accent");
  await page.keyboard.press("Tab");
  await page.keyboard.type("rebeccapurple");
  assert.ok((await snippet(page, "script")).includes(' accent="rebeccapurple"'));
  assert.equal(await page.inputValue("#accent-picker"), "#663399", "a named colour moves the picker");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "accent-reset");
  await page.keyboard.press("Enter");
  assert.ok(!(await snippet(page, "script")).includes("accent="), "the reset button clears the accent");
  const outlined = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outlined, "none", "focus is visible");
  assert.deepEqual(page.own, []);
});

test("the builder runs under a strict CSP without inline scripts or styles", async () => {
  // 'wasm-unsafe-eval' is what the widget in the preview needs; the builder itself needs nothing more.
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
  const server = await serve("dist", 0, () => ({ "content-security-policy": csp }));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => {
      window.violations = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        window.violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
      );
    });
    const page = await openBuilder({ context, url: `${base}/www/builder.html` });
    await page.check('input[name="theme"][value="dark"]');
    await page.fill("#accent-text", "#0b7285");
    assert.ok((await snippet(page, "script")).includes(`src="${base}/www/embed.js"`), "the builder's script ran");
    assert.notEqual(await page.$eval("body", (b) => getComputedStyle(b).getPropertyValue("--b-accent")), "", "builder.css applied");
    const violations = await page.evaluate(() => window.violations);
    const own = violations.filter((v) => !/\/www\/embed\.js|\/pkg\//.test(v.source ?? ""));
    assert.deepEqual(own, [], "no CSP violations from the builder page");
    assert.deepEqual(page.own, []);
    await context.close();
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test("screenshots of the builder at 1280px and 320px, light and dark, without horizontal scrolling", async () => {
  for (const [width, theme, name] of [
    [1280, "light", "builder"],
    [320, "light", "builder-320"],
    [1280, "dark", "builder-dark"],
  ]) {
    const page = await openBuilder({ width, height: 900 });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
    await page.check('input[name="theme"][value="dark"]');
    await page.fill("#accent-text", "#0b7285");
    await page.waitForTimeout(1500); // the preview's widget, once embed.js is in dist/
    await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling at ${width}px (overflow ${overflow}px)`);
    assert.deepEqual(page.own, []);
    await page.context().close();
  }
});

/** The relative luminance of a computed `rgb(…)` colour, 0 for black to 1 for white. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** How the preview's widget renders, read inside its shadow root once it shows its intro. */
async function previewLook(page) {
  await page.locator("#preview context-check [data-testid=start]").waitFor();
  return page.$eval("#preview context-check", (host) => {
    const root = host.shadowRoot.querySelector(".cc-root");
    const style = getComputedStyle(root);
    return { theme: root.dataset.theme, background: style.backgroundColor, text: style.color, scheme: style.colorScheme };
  });
}

/** The stand-in host page around the preview: the scheme it declares and its colours. */
const hostPage = (page) =>
  page.$eval("#preview", (frame) => {
    const style = getComputedStyle(frame);
    return { page: frame.dataset.page, scheme: style.colorScheme, background: style.backgroundColor, text: style.color };
  });

const isDark = ({ background, text }) => luminance(background) < 0.1 && luminance(text) > 0.5;
const isLight = ({ background, text }) => luminance(background) > 0.8 && luminance(text) < 0.1;

test("with the theme auto the preview is light on the light page and dark on the dark page, whatever the reader's system says", async () => {
  const page = await openBuilder();
  await page.emulateMedia({ colorScheme: "light" });
  assert.equal(await page.isChecked('input[name="preview-page"][value="light"]'), true, "the light page by default");
  const light = await hostPage(page);
  assert.equal(light.scheme, "light", "the light page declares color-scheme: light");
  assert.ok(isLight(light), `the light page looks light: ${JSON.stringify(light)}`);
  const before = await previewLook(page);
  assert.equal(before.theme, "light");
  assert.ok(isLight(before), `the widget is light: ${JSON.stringify(before)}`);
  const script = await snippet(page, "script");

  await page.getByRole("radio", { name: "Dark page" }).check();
  const dark = await hostPage(page);
  assert.deepEqual([dark.page, dark.scheme], ["dark", "dark"], "the dark page declares color-scheme: dark");
  assert.ok(isDark(dark), `the dark page looks dark: ${JSON.stringify(dark)}`);
  await page.waitForFunction(() => document.querySelector("#preview context-check")?.getAttribute("theme") === "dark");
  const after = await previewLook(page);
  assert.deepEqual([after.theme, after.scheme], ["dark", "dark"]);
  assert.ok(isDark(after), `on a light system the widget on the dark page is dark: ${JSON.stringify(after)}`);
  assert.equal(await snippet(page, "script"), script, "the page behind the preview is no option: the snippets stay as they were");

  // A reader's dark system doesn't make the widget on a light page dark.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("radio", { name: "Light page" }).check();
  await page.waitForFunction(() => document.querySelector("#preview context-check")?.getAttribute("theme") === "light");
  const back = await previewLook(page);
  assert.equal(back.theme, "light");
  assert.ok(isLight(back), `on a dark system the widget on the light page is light: ${JSON.stringify(back)}`);
  assert.ok(isLight(await hostPage(page)), "the light page stays light in the builder's dark theme");
  assert.deepEqual(page.own, []);
});

test("an explicit theme stays what was chosen on either page, and switching pages keeps the same widget", async () => {
  const page = await openBuilder();
  await page.check('input[name="theme"][value="light"]');
  assert.deepEqual(await previewAttributes(page, { theme: "light" }), [{ theme: "light" }]);
  await previewLook(page);
  await page.evaluate(() => (window.lightWidget = document.querySelector("#preview context-check")));
  await page.getByRole("radio", { name: "Dark page" }).check();
  assert.equal((await hostPage(page)).scheme, "dark");
  const light = await previewLook(page);
  assert.equal(light.theme, "light");
  assert.ok(isLight(light), `the light theme stays light on the dark page: ${JSON.stringify(light)}`);
  assert.equal(
    await page.evaluate(() => document.querySelector("#preview context-check") === window.lightWidget),
    true,
    "the widget isn't re-created when the page changes nothing in it",
  );

  await page.check('input[name="theme"][value="dark"]');
  await page.getByRole("radio", { name: "Light page" }).check();
  await page.waitForFunction(() => document.querySelector("#preview context-check")?.getAttribute("theme") === "dark");
  const dark = await previewLook(page);
  assert.equal(dark.theme, "dark");
  assert.ok(isDark(dark), `the dark theme stays dark on the light page: ${JSON.stringify(dark)}`);
  assert.deepEqual(page.own, []);
});

test("the page switch is a labelled radio group that works with the keyboard and fits 320 px", async () => {
  const page = await openBuilder();
  const group = page.getByRole("group", { name: "Preview on" });
  assert.equal(await group.getByRole("radio").count(), 2, "two choices in a group named by its legend");
  await page.getByRole("radio", { name: "Light page" }).focus();
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.getByRole("radio", { name: "Dark page" }).isChecked(), true, "an arrow key picks the dark page");
  assert.equal((await hostPage(page)).page, "dark");
  const ring = await page.$eval(".b-segment:has(input:focus-visible)", (label) => getComputedStyle(label).outlineStyle);
  assert.equal(ring, "solid", "the focused choice shows a focus ring");
  await page.waitForFunction(() => document.querySelector("#preview context-check")?.getAttribute("theme") === "dark");
  assert.ok(isDark(await previewLook(page)));
  await page.waitForTimeout(500); // the widget's styles and fonts settle
  await page.screenshot({ path: `${SCREENSHOTS}/builder-dark-page.png`, fullPage: true });
  assert.deepEqual(page.own, []);
  await page.context().close();

  const narrow = await openBuilder({ width: 320, height: 800 });
  await narrow.getByRole("radio", { name: "Dark page" }).check();
  const boxes = await narrow.$$eval(".b-segment", (all) => all.map((label) => label.getBoundingClientRect().toJSON()));
  for (const box of boxes) assert.ok(box.width >= 24 && box.height >= 24 && box.right <= 320, `a whole, finger-sized choice: ${JSON.stringify(box)}`);
  await previewLook(narrow);
  await narrow.screenshot({ path: `${SCREENSHOTS}/builder-320-dark-page.png`, fullPage: true });
  const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 320px (overflow ${overflow}px)`);
  assert.deepEqual(narrow.own, []);
});
