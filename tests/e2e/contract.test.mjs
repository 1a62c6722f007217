// The host contract (www/host-contract.js, written from src/core/options.rs by
// tests/host_contract.rs) is the only list of options: the loader, the iframe page and the builder
// use no option it lacks, and the builder offers every one a host can set. Reads the files in the
// repository; needs no browser and no dist/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const read = (path) => readFileSync(path, "utf8");
// www/ has no package.json of its own, so Node would read the module as CommonJS from its path.
const contract = await import(`data:text/javascript,${encodeURIComponent(read("www/host-contract.js"))}`);
const NAMES = contract.OPTIONS.map((o) => o.name);

/** Every first capture of `pattern` in `text`. */
const captures = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);

test("the contract lists each option once, with its kind, words and default", () => {
  assert.deepEqual(NAMES, ["theme", "accent", "start", "instance", "lang", "font", "share-url", "cta-href", "cta-label", "link", "frame"]);
  assert.equal(new Set(NAMES).size, NAMES.length);
  for (const option of contract.OPTIONS) {
    assert.ok(["choice", "language", "colour", "name", "url", "text"].includes(option.kind), option.name);
    if (option.kind === "choice") assert.ok(option.values.includes(option.default), `${option.name}'s default is one of its words`);
    else assert.equal(option.default, null, `${option.name} is unset by default`);
  }
  assert.deepEqual(
    contract.ATTRIBUTES,
    NAMES.filter((n) => n !== "link" && n !== "frame"),
    "link and frame are set by embed.html, not by hosts",
  );
  assert.deepEqual(contract.OPTIONS.find((o) => o.name === "lang").values, ["en", "de"]);
});

test("embed.js observes exactly the contract's attributes and reads no other option", () => {
  const embed = read("www/embed.js");
  const block = embed.match(/\/\/ BEGIN host options:.*\n([\s\S]*?)\/\/ END host options/);
  assert.ok(block, "embed.js has the generated block");
  const listed = JSON.parse(block[1].match(/^const OPTIONS = (\[.*\]);$/m)[1]);
  assert.deepEqual(listed, contract.ATTRIBUTES);
  assert.match(embed, /static observedAttributes = OPTIONS;/);
  assert.equal((embed.match(/\bconst OPTIONS\b/g) ?? []).length, 1, "one list of options");
  for (const name of captures(embed, /getAttribute\(\s*["']([^"']+)["']\s*\)/g)) {
    assert.ok(contract.ATTRIBUTES.includes(name), `embed.js reads the attribute ${name}, which the contract lacks`);
  }
});

test("frame.js takes the contract's attributes from its query and sets only contract options", () => {
  const frame = read("www/frame.js");
  assert.match(frame, /import \{ ATTRIBUTES, RELAY \} from "\.\/host-contract\.js";/);
  assert.match(frame, /for \(const name of ATTRIBUTES\)/);
  assert.doesNotMatch(frame, /\[\s*"theme"/, "no list of its own");
  for (const name of [...captures(frame, /params\.get\(\s*["']([^"']+)["']\s*\)/g), ...captures(frame, /\boptions\.([A-Za-z_]+)/g)]) {
    assert.ok(NAMES.includes(name), `frame.js uses the option ${name}, which the contract lacks`);
  }
});

test("builder.js names only contract options, and the builder's form has a control for each attribute", () => {
  const builder = read("www/builder.js");
  assert.match(builder, /from "\.\/host-contract\.js";/);
  assert.doesNotMatch(builder, /\[\s*"theme"/, "no list of its own");
  const used = [
    ...captures(builder, /\boptions\.([A-Za-z_]+)/g),
    ...captures(builder, /\bDEFAULTS\.([A-Za-z_]+)/g),
    ...captures(builder, /form\.elements\.([A-Za-z_]+)/g),
  ];
  for (const name of used) assert.ok(contract.ATTRIBUTES.includes(name), `builder.js uses the option ${name}, which the contract lacks`);

  const html = read("www/builder.html");
  const form = html.match(/<form id="builder-options"[\s\S]*?<\/form>/)[0];
  const controls = [...form.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)].map((m) => m[0]);
  const named = new Map();
  for (const control of controls) {
    const name = control.match(/\bname="([^"]*)"/)?.[1];
    if (!name) continue;
    assert.ok(contract.ATTRIBUTES.includes(name), `the builder's form has a control named ${name}, which the contract lacks`);
    const values = named.get(name) ?? [];
    if (/type="radio"/.test(control)) values.push(control.match(/\bvalue="([^"]*)"/)[1]);
    named.set(name, values);
  }
  assert.deepEqual([...named.keys()].sort(), [...contract.ATTRIBUTES].sort(), "the builder offers every attribute");
  for (const option of contract.OPTIONS.filter((o) => o.attribute && o.values.length > 0)) {
    const offered = [...named.get(option.name)].sort();
    const expected = [...option.values, ...(option.default === null ? [""] : [])].sort();
    assert.deepEqual(offered, expected, `the builder offers each of ${option.name}'s words (and "" when it may be unset)`);
  }
});

test("the scripts take the themes' colours from the contract, which has both themes in full", () => {
  const builder = read("www/builder.js");
  assert.match(builder, /THEMES\.light\.accent/);
  assert.match(builder, /TEXT_ON_ACCENT/);
  assert.deepEqual(Object.keys(contract.THEMES.light), Object.keys(contract.THEMES.dark));
  for (const colour of [...Object.values(contract.THEMES.light), ...Object.values(contract.THEMES.dark), ...contract.TEXT_ON_ACCENT]) {
    assert.match(colour, /^#[0-9a-f]{6}$/);
  }
});
