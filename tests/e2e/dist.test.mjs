// dist/, the folder `make dist` builds: a self-contained static site that is also an npm package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";

test("dist is an npm package that carries everything the three embeds need, and npm publish --dry-run accepts it", () => {
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
    "README.md",
    "pkg/context_check.d.ts",
    "integrations/hugo/layouts/shortcodes/context-check.html",
    "integrations/jekyll/_includes/context-check.html",
    "r/platform/index.html",
    "r/platform/preview.png",
  ]) {
    assert.ok(files.includes(needed), `${needed} is in the package`);
  }
  assert.ok(!files.includes("pkg/package.json"), "one manifest for the whole folder");
  const manifest = JSON.parse(readFileSync("dist/package.json", "utf8"));
  assert.equal(manifest.types, "./pkg/context_check.d.ts");
  const readme = readFileSync("dist/README.md", "utf8");
  assert.ok(readme.includes(`context-check@${packed.version}/www/embed.js`), "the package's README names its own version");
  // Publishing is the owner's: the dry run checks the manifest against the registry's rules.
  const published = execFileSync("npm", ["publish", "--dry-run", "--json", "--registry", "https://registry.npmjs.org/"], {
    cwd: "dist",
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const report = JSON.parse(published.slice(published.indexOf("{")))["context-check"];
  assert.equal(report.id, `context-check@${packed.version}`);
  assert.ok(report.files.some((f) => f.path === "README.md"));
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

/** The hosted pages, which link previews are made for. */
const HOSTED = ["index.html", "www/embed.html", "www/team.html", "www/coach.html", "www/builder.html", "www/model.html"];

/** A page's Open Graph and Twitter tags, and its title and description, read from its <head>. */
function previewTags(html) {
  const tags = {};
  for (const [, kind, name, content] of html.matchAll(/<meta (property|name)="((?:og|twitter):[a-z:_]+)" content="([^"]*)">/g)) {
    tags[name] = content;
    assert.ok(kind === (name.startsWith("og:") ? "property" : "name"), name);
  }
  tags.title = html.match(/<title>([^<]*)<\/title>/)[1].trim();
  tags.description = html.match(/<meta name="description" content="([^"]*)">/)?.[1];
  tags.canonical = html.match(/<link rel="canonical" href="([^"]*)">/)?.[1];
  return tags;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", "a PNG file");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("every hosted page carries Open Graph and Twitter card tags with a 1200×630 card drawn at build time", () => {
  const image = readFileSync("dist/www/preview.png");
  assert.deepEqual(pngSize(image), [1200, 630]);
  assert.ok(image.length > 20_000, `the card has content (${image.length} bytes)`);
  mkdirSync("target/screenshots", { recursive: true });
  copyFileSync("dist/www/preview.png", "target/screenshots/link-preview.png");
  for (const page of HOSTED) {
    const tags = previewTags(readFileSync(`dist/${page}`, "utf8"));
    assert.equal(tags["og:title"], tags.title, page);
    assert.equal(tags["og:description"], tags.description, `${page} has a description of its own`);
    assert.equal(tags["twitter:card"], "summary_large_image", page);
    assert.equal(tags["og:image:width"], "1200", page);
    assert.equal(tags["og:image:height"], "630", page);
    assert.ok(tags["og:image:alt"], page);
    assert.equal(tags["og:image"], tags["twitter:image"], page);
    const resolved = new URL(tags["og:image"], `https://host.example/${page}`);
    assert.equal(resolved.href, "https://host.example/www/preview.png", `${page}'s image resolves to the card`);
    assert.equal(tags.canonical, undefined, "no canonical address without SITE_URL");
  }
  assert.ok(!existsSync("dist/oembed.json"), "no oEmbed without SITE_URL: it needs absolute addresses");
});

test("each profile has a share page, whose preview shows that profile's card and whose addresses reach dist/", () => {
  const instrument = JSON.parse(readFileSync("crates/core/src/instrument/context_check.json", "utf8"));
  const profiles = instrument.lenses[0].categories;
  assert.ok(profiles.length >= 4);
  for (const profile of profiles) {
    const page = `r/${profile.id}/index.html`;
    const html = readFileSync(`dist/${page}`, "utf8");
    const tags = previewTags(html);
    assert.ok(tags.title.startsWith(`${profile.name}: `), tags.title);
    assert.equal(tags["og:title"], tags.title);
    assert.ok(tags.description.startsWith(profile.summary), tags.description);
    const image = new URL(tags["og:image"], `https://host.example/${page}`);
    assert.equal(image.href, `https://host.example/r/${profile.id}/preview.png`);
    assert.deepEqual(pngSize(readFileSync(`dist/r/${profile.id}/preview.png`)), [1200, 630]);
    assert.ok(html.includes('id="context-check"') && html.includes("data-prerendered"), "the standalone page, painted");
    for (const [, address] of html.matchAll(/(?:href|src)="([^"#:]+)"/g)) {
      const file = new URL(address, `https://host.example/${page}`).pathname.slice(1);
      assert.ok(existsSync(`dist/${file}`), `${page}: ${address} is dist/${file}`);
    }
  }
  copyFileSync(`dist/r/${profiles[0].id}/preview.png`, "target/screenshots/profile-preview.png");
});

test("with the site's address the preview tags are absolute and each page names its canonical URL", () => {
  const folder = mkdtempSync(`${tmpdir()}/cc-previews-`);
  for (const page of HOSTED) cpSync(`dist/${page}`, `${folder}/${page}`);
  execFileSync("cargo", ["run", "--quiet", "--example", "previews", "--", folder, "https://check.example/cc/"], { stdio: "inherit" });
  for (const page of HOSTED) {
    const html = readFileSync(`${folder}/${page}`, "utf8");
    assert.equal((html.match(/BEGIN link preview/g) ?? []).length, 1, `${page}: the tags are replaced, not added twice`);
    const tags = previewTags(html);
    assert.equal(tags["og:image"], "https://check.example/cc/www/preview.png", page);
    const url = page === "index.html" ? "https://check.example/cc/" : `https://check.example/cc/${page}`;
    assert.equal(tags["og:url"], url, page);
    assert.equal(tags.canonical, url, page);
  }
  assert.deepEqual(pngSize(readFileSync(`${folder}/www/preview.png`)), [1200, 630]);
  const share = previewTags(readFileSync(`${folder}/r/platform/index.html`, "utf8"));
  assert.equal(share["og:url"], "https://check.example/cc/r/platform/");
  assert.equal(share.canonical, "https://check.example/cc/r/platform/");
  assert.equal(share["og:image"], "https://check.example/cc/r/platform/preview.png");

  // The oEmbed: one static file, found from the pages an author pastes.
  const oembed = JSON.parse(readFileSync(`${folder}/oembed.json`, "utf8"));
  assert.equal(oembed.version, "1.0");
  assert.equal(oembed.type, "rich");
  assert.ok(Number.isInteger(oembed.width) && Number.isInteger(oembed.height));
  assert.match(oembed.html, /^<iframe src="https:\/\/check\.example\/cc\/www\/embed\.html" [^>]*allow="clipboard-write; web-share"[^>]*><\/iframe>/);
  assert.equal(oembed.thumbnail_url, "https://check.example/cc/www/preview.png");
  for (const page of HOSTED) {
    const discovery = readFileSync(`${folder}/${page}`, "utf8").match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/);
    const pasted = page === "index.html" || page === "www/embed.html";
    assert.equal(discovery?.[1], pasted ? "https://check.example/cc/oembed.json" : undefined, page);
  }
  rmSync(folder, { recursive: true, force: true });
});
