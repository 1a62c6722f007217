// The site-generator recipes, run for real: dist/integrations/hugo/'s shortcode in a site that
// Debian's Hugo builds, and dist/integrations/jekyll/'s include rendered by liquidjs in Jekyll's
// include mode (Jekyll itself needs Ruby and fifty packages; liquidjs is the Liquid that Eleventy
// uses). Each page is served on its own origin and loads the widget from the harness's.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { serve } from "../../tools/serve.mjs";
import { startHarness } from "./harness.mjs";

// npm packages live in tools/ with the other test tools.
const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const { Liquid } = require("liquidjs");

const HOSTILE = `"><img src=x onerror=alert(1)>`;

let h;
const servers = [];
before(async () => (h = await startHarness()));
after(async () => {
  await h.close();
  for (const server of servers) await new Promise((done) => server.close(done));
});

/** Serves `folder` on an origin of its own, with no headers of ours. */
async function site(folder) {
  const server = await serve(folder, 0, () => ({}), {});
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

/** A Hugo site with one post that uses the shortcode twice; `params` is its [params] table. */
function hugoSite(params) {
  const dir = mkdtempSync(join(tmpdir(), "cc-hugo-"));
  writeFileSync(join(dir, "hugo.toml"), `baseURL = "http://example.invalid/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[params]\n${params}\n`);
  mkdirSync(join(dir, "layouts/_default"), { recursive: true });
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n`;
  for (const name of ["single.html", "list.html"]) writeFileSync(join(dir, "layouts/_default", name), page);
  cpSync("dist/integrations/hugo/layouts", join(dir, "layouts"), { recursive: true });
  mkdirSync(join(dir, "content"), { recursive: true });
  writeFileSync(
    join(dir, "content/post.md"),
    `---\ntitle: A post\n---\nHow well does your team's way of working fit its work?\n\n` +
      `{{< context-check theme="dark" lang="de" instance="hugo" >}}\n\n` +
      "{{< context-check instance=\"other\" accent=`" + HOSTILE + "` >}}\n",
  );
  return dir;
}

/** The attributes of each <context-check> on the page, its fallback link, and any <img>. */
function embeds(page) {
  return page.evaluate(() => ({
    elements: [...document.querySelectorAll("context-check")].map((el) => ({
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      link: el.querySelector("a")?.textContent,
      href: el.querySelector("a")?.getAttribute("href"),
    })),
    scripts: [...document.querySelectorAll("script[type=module]")].map((s) => s.src),
    images: document.querySelectorAll("img").length,
  }));
}

/** Checks the two embeds of the recipes' pages and that the first runs, in German. */
async function checkTwoEmbeds(page, instance) {
  const found = await embeds(page);
  assert.equal(found.images, 0, "a hostile attribute value stays a value");
  assert.deepEqual(found.elements[0].attributes, { theme: "dark", lang: "de", instance });
  assert.equal(found.elements[0].link, "Den 5-Minuten-Check zum Kontext deines Teams machen", "the fallback link is in the post's language");
  assert.equal(found.elements[0].href, `${h.base}/`);
  assert.deepEqual(found.elements[1].attributes, { instance: "other", accent: HOSTILE });
  assert.equal(found.elements[1].link, "Take the 5-minute team context check");
  assert.ok(found.scripts.every((src) => src === `${h.base}/www/embed.js`), found.scripts.join(" "));
  await page.locator("context-check").first().locator("[data-testid=start]").waitFor();
  assert.match(await page.locator("context-check").first().locator("h2, h1").first().textContent(), /\S/);
  assert.equal(await page.locator("context-check").first().locator(".cc-root").getAttribute("lang"), "de");
}

test("the Hugo shortcode, in a site Hugo builds, embeds the check with the post's attributes, escaped", async () => {
  const dir = hugoSite(`contextCheckURL = "${h.base}/"`);
  execFileSync("hugo", ["--quiet", "--source", dir, "--destination", join(dir, "public")]);
  const origin = await site(join(dir, "public"));
  const page = await h.page();
  await page.goto(`${origin}/post/`);
  await checkTwoEmbeds(page, "hugo");
  assert.deepEqual(page.problems, []);
});

test("without the site's contextCheckURL, Hugo stops with a message that says what to set", () => {
  const dir = hugoSite(`author = "nobody"`);
  const run = spawnSync("hugo", ["--source", dir, "--destination", join(dir, "public")], { encoding: "utf8" });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr + run.stdout, /set params\.contextCheckURL/);
});

/** Renders a page that uses the Jekyll include as Jekyll would (liquidjs in Jekyll's include mode). */
function jekyllPage(site) {
  const engine = new Liquid({ root: ["dist/integrations/jekyll/_includes"], jekyllInclude: true, dynamicPartials: false });
  return engine.parseAndRender(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A post</title></head><body><main>\n` +
      `{% include context-check.html theme="dark" lang="de" instance="jekyll" %}\n` +
      `{% include context-check.html instance="other" accent=page.accent %}\n</main></body></html>\n`,
    { site, page: { accent: HOSTILE } },
  );
}

test("the Jekyll include embeds the check with the page's attributes, escaped", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cc-jekyll-"));
  writeFileSync(join(dir, "index.html"), await jekyllPage({ context_check_url: `${h.base}/` }));
  const page = await h.page();
  await page.goto(`${await site(dir)}/`);
  await checkTwoEmbeds(page, "jekyll");
  assert.deepEqual(page.problems, []);
});

test("without the site's context_check_url, the Jekyll include writes only a comment saying what to set", async () => {
  const html = await jekyllPage({});
  assert.doesNotMatch(html, /<context-check|<script/);
  assert.match(html, /<!-- context-check: set context_check_url in _config\.yml/);
});
