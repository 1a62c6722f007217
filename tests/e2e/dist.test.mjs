// dist/, the folder `make dist` builds: a self-contained static site that is also an npm package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

test("dist is an npm package that carries everything the three embeds need", () => {
  const [packed] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: "dist", encoding: "utf8" }));
  const cargo = readFileSync("Cargo.toml", "utf8");
  assert.equal(packed.name, "context-check");
  assert.equal(packed.version, cargo.match(/^version = "(.+)"$/m)[1], "the version follows Cargo.toml");
  const files = packed.files.map((f) => f.path);
  for (const needed of [
    "index.html",
    "pkg/context_check.js",
    "pkg/context_check_bg.wasm",
    "pkg/instrument.de.v2.bin",
    "www/model.html",
    "pkg/context_check_team.js",
    "pkg/context_check_team_bg.wasm",
    "www/team.html",
    "styles/context-check.css",
    "www/embed.js",
    "www/embed.html",
    "www/frame.js",
    "www/host-contract.js",
    "www/builder.html",
    "www/email-snippet.html",
  ]) {
    assert.ok(files.includes(needed), `${needed} is in the package`);
  }
  assert.ok(!files.includes("pkg/package.json"), "one manifest for the whole folder");
});

test("dist holds only the product: no demo page or test fixture from demo/", () => {
  const demos = readdirSync("demo");
  assert.ok(demos.includes("demos.html") && demos.includes("block-storage.js"), "the demos and fixtures live in demo/");
  assert.ok(!existsSync("dist/demo"), "no demo/ folder in dist/");
  const shipped = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else shipped.push(path);
    }
  };
  walk("dist");
  const leaked = shipped.filter((path) => demos.includes(path.split("/").pop()));
  assert.deepEqual(leaked, [], "demo pages and fixtures are served beside dist/, never copied into it");
  for (const name of demos) assert.ok(!existsSync(`www/${name}`), `www/${name}: demos belong in demo/`);
});

test("the scripts a host runs contain no eval or new Function, so a strict CSP needs no unsafe-eval", () => {
  for (const path of ["dist/pkg/context_check.js", "dist/pkg/context_check_team.js", "dist/www/embed.js", "dist/www/frame.js", "dist/www/host-contract.js"]) {
    const code = readFileSync(path, "utf8");
    assert.doesNotMatch(code, /\beval\s*\(|new\s+Function\s*\(|setTimeout\s*\(\s*["'`]/, path);
  }
});
