// The team view (www/team.html): result links made by the widget itself, pasted in, compared,
// shared as one team link and saved as an image, all in the browser.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startHarness, SCREENSHOTS, STARTUP_GROWING_FAST } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

const ONBOARDING = 5; // "Learning how the team works": walkthrough (0), written (1), depends (2), months (3)
const TREND = 10; // "Direction of travel": stuck (0), worse (1), same (2), better (3)
const ROI = 16; // "Talking about value": never (0), rarely (1), sometimes (2), regularly (3)

/** The fixture with some answers changed, as option indices. */
function picks(changes) {
  const out = [...STARTUP_GROWING_FAST];
  for (const [question, option] of Object.entries(changes)) out[question] = option;
  return out;
}

/** Five people who split on how a newcomer would learn the team's ways (2 against 3), and
 * differ a little on the trend and on talking about value. The first two gave the very same
 * answers on the same day: their links differ only in their tags, and both count. */
const TEAM = [
  picks({ [ONBOARDING]: 1 }),
  picks({ [ONBOARDING]: 1 }),
  picks({ [ONBOARDING]: 3 }),
  picks({ [ONBOARDING]: 3, [TREND]: 3 }),
  picks({ [ONBOARDING]: 3, [TREND]: 3, [ROI]: 3 }),
];

let links;
/** One after the other: a tag comes from the millisecond a result was finished, and the two
 * identical answer sets, finished in parallel, can land on the same millisecond. */
async function teamLinks() {
  if (!links) {
    links = [];
    for (const answers of TEAM) links.push(await h.resultLink(answers));
  }
  return links;
}

async function strips(page) {
  return page.$$eval("[data-testid=strip]", (rows) =>
    rows.map((r) => ({ id: r.dataset.dimension, dots: r.querySelectorAll("[data-testid=team-dot]").length })),
  );
}

test("five pasted links show five dots per dimension and the largest divergence first", async () => {
  const five = await teamLinks();
  assert.equal(new Set(five).size, 5);
  const page = await h.page();
  const requests = [];
  // The favicon is fetched whenever the browser gets to it; it is the page's, not the view's.
  page.on("request", (r) => r.url().endsWith("/icon.svg") || requests.push(r.url()));
  await page.goto(`${h.base}/www/team.html`);
  await page.locator("[data-testid=team-links]").waitFor();
  const loaded = requests.length;

  const pasted = [...five, five[0], "not a link", `${five[2].slice(0, -6)}AAAAAA`].join("\n");
  await page.fill("[data-testid=team-links]", pasted);
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();

  assert.equal(await page.textContent("[data-testid=team-heading]"), "5 results compared");
  assert.ok(await page.evaluate(() => document.activeElement?.dataset.testid === "team-heading"), "focus on the heading");
  const rows = await strips(page);
  assert.equal(rows.length, 7, "one strip per dimension");
  for (const row of rows) assert.equal(row.dots, 5, `five dots on ${row.id}`);

  const divergences = await page.$$eval("[data-testid=divergence]", (items) =>
    items.map((d) => ({ question: d.dataset.question, spread: Number(d.dataset.spread), text: d.textContent })),
  );
  assert.deepEqual(divergences.map((d) => d.question), ["onboarding", "trend", "roi"]);
  assert.match(divergences[2].text, /4 of 5.*1 of 5/s);
  assert.ok(divergences[0].spread > divergences[1].spread && divergences[1].spread > divergences[2].spread);
  assert.match(divergences[0].text, /3 of 5.*2 of 5/s);
  assert.match(divergences[0].text, /describe how the team works/);

  assert.equal(await page.locator("[data-testid=member]").count(), 5);
  assert.equal(await page.locator("[data-testid=skipped]").count(), 2, "the bad line and the damaged link are listed");
  assert.match(await page.textContent("[data-testid=duplicates]"), /1$/);
  assert.match(new URL(page.url()).hash, /^#cc-team=[A-Za-z0-9_-]+$/, "the address now carries the team");
  assert.deepEqual(requests.slice(loaded), [], "comparing fetched nothing");
  await page.screenshot({ path: `${SCREENSHOTS}/team-view.png`, fullPage: true });
  assert.deepEqual(page.problems, []);
});

test("the team link opens the same team in a fresh browser, and other versions are refused", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", (await teamLinks()).join(" "));
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();
  const teamLink = page.url();

  const coach = await h.page({ width: 390, height: 800 });
  await coach.emulateMedia({ colorScheme: "dark" });
  await coach.goto(teamLink);
  await coach.locator("[data-testid=team]").waitFor();
  for (const row of await strips(coach)) assert.equal(row.dots, 5);
  assert.equal(await coach.inputValue("[data-testid=team-links]"), teamLink);
  assert.deepEqual(await coach.evaluate(() => Object.keys(localStorage)), [], "the team view stores nothing");
  assert.equal(
    await coach.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    true,
    "no sideways scrolling on a phone",
  );
  await coach.screenshot({ path: `${SCREENSHOTS}/team-view-dark-phone.png`, fullPage: true });

  // A result of the next version of the questionnaire: format 1, id "team-context", version, …
  // made by hand so that only the version differs from a real link.
  const other = await coach.evaluate(async (link) => {
    const code = link.split("cc-result=")[1];
    const bytes = Uint8Array.from(atob(code.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
    const body = bytes.slice(0, -4);
    const at = 2 + body[1]; // format, id length, id, then the version
    body[at] += 1;
    let crc = ~0;
    for (const b of body) {
      crc ^= b;
      for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    crc = ~crc >>> 0;
    const out = new Uint8Array([...body, crc & 255, (crc >>> 8) & 255, (crc >>> 16) & 255, crc >>> 24]); // little-endian
    return btoa(String.fromCharCode(...out)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }, links[0]);
  await coach.fill("[data-testid=team-links]", `${links[0]}\n#cc-result=${other}`);
  await coach.click("[data-testid=compare]");
  await coach.locator("[data-testid=team-too-few]").waitFor();
  assert.match(await coach.textContent("[data-testid=skipped]"), /another version of the questions/);
  assert.equal(await coach.locator("[data-testid=team-dot]").count(), 0, "one result draws no strips");
  assert.equal(new URL(coach.url()).hash, "", "one result is not a team: the link is gone");
  assert.deepEqual([...page.problems, ...coach.problems], []);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test("the team view is copied as a link and saved as a 1200×630 PNG", async () => {
  const context = await h.browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.base });
  const page = await h.page({ context });
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", (await teamLinks()).join("\n"));
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();

  // Copying changes the status line only: the rest of the view is the very same DOM.
  await page.evaluate(() => (document.querySelector("[data-testid=team-heading]").kept = true));
  await page.click("[data-testid=copy-team-link]");
  await page.locator("[data-testid=team-share-status]", { hasText: "Link copied." }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  assert.equal(await page.evaluate(() => document.querySelector("[data-testid=team-heading]").kept), true);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), "copy-team-link", "focus stays");

  const [png] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-png]")]);
  assert.equal(png.suggestedFilename(), "context-check-team.png");
  const path = `${SCREENSHOTS}/team-image.png`;
  await png.saveAs(path);
  assert.deepEqual(pngSize(readFileSync(path)), [1200, 630]);

  const [svg] = await Promise.all([page.waitForEvent("download"), page.click("[data-testid=download-svg]")]);
  assert.equal(svg.suggestedFilename(), "context-check-team.svg");
  const text = readFileSync(await svg.path(), "utf8");
  assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
  assert.match(text, /5 results compared/);
  assert.deepEqual(page.problems, []);
});

test("when the browser refuses to copy, the team link is shown to copy by hand", async () => {
  const page = await h.page();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
  });
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", (await teamLinks()).join("\n"));
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();
  await page.click("[data-testid=copy-team-link]");
  const field = page.locator("[data-testid=manual-link]");
  await field.waitFor();
  assert.equal(await field.inputValue(), page.url());
  assert.match(await page.textContent("[data-testid=team-share-status]"), /\S/);
  // Comparing again starts the share actions afresh.
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();
  assert.equal(await page.locator("[data-testid=manual-link]").count(), 0);
  assert.equal(await page.textContent("[data-testid=team-share-status]"), "");
  assert.deepEqual(page.problems, []);
});

test("a team link given in the address bar of the open page is shown, until the page is unmounted", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", (await teamLinks()).slice(0, 3).join("\n"));
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team][data-count='3']").waitFor();
  const three = new URL(page.url()).hash;

  const fresh = await h.page();
  await fresh.goto(`${h.base}/www/team.html`);
  await fresh.locator("[data-testid=team-links]").waitFor();
  assert.equal(await fresh.locator("[data-testid=team]").count(), 0, "nothing to compare yet");
  await fresh.evaluate((hash) => (window.location.hash = hash), three);
  await fresh.locator("[data-testid=team][data-count='3']").waitFor();
  assert.equal(await fresh.inputValue("[data-testid=team-links]"), fresh.url());

  await fresh.evaluate(() => window.contextCheckTeam.unmount());
  assert.equal(await fresh.evaluate(() => document.getElementById("team-view").children.length), 0, "the view is gone");
  await fresh.evaluate(() => (window.location.hash = ""));
  await fresh.evaluate((hash) => (window.location.hash = hash), three);
  await fresh.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  assert.equal(await fresh.evaluate(() => document.getElementById("team-view").children.length), 0, "and stops listening");
  assert.deepEqual([...page.problems, ...fresh.problems], []);
});
