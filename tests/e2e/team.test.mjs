// The team view (www/team.html): result links made by the widget itself, pasted in, compared,
// shared as one team link and saved as an image, all in the browser.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startHarness, teamLinkOf, SCREENSHOTS, STARTUP_GROWING_FAST } from "./harness.mjs";

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

  // A note of more than three words is no one's name: it is listed, like the damaged link.
  const pasted = [...five, five[0], "these came back on Friday", `${five[2].slice(0, -6)}AAAAAA`].join("\n");
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
  // The view shows at once, with no code in sight: the form folds away under "Add more results".
  assert.equal(await coach.locator("[data-testid=team-more]").getAttribute("open"), null, "folded");
  assert.equal(await coach.locator("[data-testid=team-links]").isVisible(), false);
  assert.equal(await coach.inputValue("[data-testid=team-links]"), "");
  assert.doesNotMatch(await coach.textContent("body"), /cc-team=/, "no raw code on the page");
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
  // A fresh page, so that the links don't join the team above.
  await coach.goto(`${h.base}/www/team.html`);
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
  assert.equal(await fresh.inputValue("[data-testid=team-links]"), "", "the team is shown, not its code");

  await fresh.evaluate(() => window.contextCheckTeam.unmount());
  assert.equal(await fresh.evaluate(() => document.getElementById("team-view").children.length), 0, "the view is gone");
  await fresh.evaluate(() => (window.location.hash = ""));
  await fresh.evaluate((hash) => (window.location.hash = hash), three);
  await fresh.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
  assert.equal(await fresh.evaluate(() => document.getElementById("team-view").children.length), 0, "and stops listening");
  assert.deepEqual([...page.problems, ...fresh.problems], []);
});

/** Option indices of answers given by id, read from the instrument the widget is built from. */
function indices(byId) {
  const instrument = JSON.parse(readFileSync("crates/core/src/instrument/context_check.json", "utf8"));
  const questions = instrument.sections.flatMap((s) => s.questions);
  return questions.map((q) => q.options.findIndex((o) => o.id === byId[q.id]));
}

const PLATFORM = {
  work_kind: "platform", work_share: "most", success: "on_time", funding: "per_project",
  dependencies: "plan_together", onboarding: "walkthrough", change_practice: "drift", process: "adaptable",
  why_known: "discussed", change: "steady_growth", trend: "same", outcomes: "sometimes", focus: "few",
  side_decisions: "mentioned", scope: "explore", priorities: "goal", roi: "sometimes",
};
const PROJECT_FACTORY = {
  work_kind: "projects", work_share: "nearly_all", success: "on_time", funding: "per_project",
  dependencies: "tell_later", onboarding: "walkthrough", change_practice: "imposed", process: "basics",
  why_known: "tickets", change: "stable", trend: "same", outcomes: "rarely", focus: "per_person",
  side_decisions: "meetings", scope: "first_meeting", priorities: "one_group", roi: "never",
};

let namedLinks;
/** Four people who see a platform team and one who sees a project factory, as the lines a coach
 * pastes from five replies: a name before a link, after it in brackets, alone on the line before. */
async function namedTeam() {
  if (!namedLinks) {
    const answers = [
      indices(PLATFORM),
      indices({ ...PLATFORM, onboarding: "written" }),
      indices({ ...PLATFORM, trend: "better" }),
      indices({ ...PLATFORM, focus: "per_person" }),
      indices(PROJECT_FACTORY),
    ];
    namedLinks = [];
    for (const a of answers) namedLinks.push(await h.resultLink(a));
  }
  const [a, b, c, d, e] = namedLinks;
  return `Maria: ${a}\n${b} (Jo)\nSam\n${c}\nKim – ${d}\nAda Lovelace: <${e}>`;
}

test("five named results: the summary names the kinds with a callout, the shared traps, the splits and the moves, and each person's result opens", async () => {
  const page = await h.page({ width: 1280, height: 900 });
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", await namedTeam());
  await page.fill("[data-testid=team-label]", "Platform");
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();

  assert.equal(await page.textContent("[data-testid=team-heading]"), "Platform: 5 results compared");
  assert.equal(await page.locator("[data-testid=skipped]").count(), 0, "name lines are not reported");
  const names = await page.$$eval("[data-testid=member] .cc-team__who", (els) => els.map((e) => e.textContent));
  assert.deepEqual(names, ["Maria", "Jo", "Sam", "Kim", "Ada Lovelace"]);

  const kinds = await page.$$eval("[data-testid=team-kinds] [data-testid=team-count]", (els) =>
    els.map((e) => ({ people: Number(e.dataset.people), text: e.textContent })),
  );
  assert.deepEqual(kinds.map((k) => k.people), [4, 1]);
  assert.match(kinds[0].text, /4 of 5 Internal Product or Platform.*Maria, Jo, Sam, Kim/s);
  assert.match(kinds[1].text, /1 of 5 Project Factory.*Ada Lovelace/s);
  const callout = page.locator("[data-testid=kind-split]");
  assert.match(await callout.textContent(), /don't agree on what kind of team this is/);
  assert.match(await callout.textContent(), /4 Internal Product or Platform, 1 Project Factory\./);
  assert.match(await callout.textContent(), /which kind each piece was/);

  assert.ok((await page.locator("[data-testid=team-traps] [data-testid=team-count]").count()) > 0, "shared traps are counted");
  const splits = await page.locator("[data-testid=level-split]").count();
  assert.ok(splits > 0, "the levels where the team splits are named");
  const firstMove = page.locator("[data-testid=team-move]").first();
  assert.equal(await firstMove.getAttribute("data-people"), "4");

  // Each strip's level bands, named, so a dot reads without a number.
  const bands = await page.$$eval("[data-testid=strip][data-dimension=awareness] .cc-team__band-name", (els) =>
    els.map((e) => e.textContent),
  );
  assert.deepEqual(bands, ["Unintelligible", "Implicit", "Explicit"]);
  assert.match(await page.textContent("[data-testid=strip][data-dimension=awareness] .cc-team__value"), /median \d+, \w+/);

  await page.screenshot({ path: `${SCREENSHOTS}/team-summary.png`, fullPage: true });

  // Each person's result opens in a tab of its own, on the check.
  const open = page.locator("[data-testid=member]").nth(4).locator("[data-testid=open-member-result]");
  assert.equal(await open.evaluate((a) => a.textContent), "See their result: Ada Lovelace", "the name, for screen readers");
  const [tab] = await Promise.all([page.context().waitForEvent("page"), open.click()]);
  await tab.locator("[data-testid=shared-result]").waitFor();
  assert.equal(await tab.locator("[data-testid=profile-name]").textContent(), "Project Factory");
  await tab.close();

  // Names hidden before the view goes on a shared screen: gone from the view and the link.
  const namedLink = page.url();
  await page.check("[data-testid=names-hidden]");
  await page.locator("[data-testid=names-hidden]:checked").waitFor();
  await page.waitForFunction((before) => window.location.href !== before, namedLink);
  const text = await page.textContent("[data-testid=team]");
  for (const name of ["Maria", "Jo,", "Sam", "Kim", "Ada"]) assert.ok(!text.includes(name), `${name} is hidden`);
  assert.equal(await page.locator("[data-testid=team-links]").isVisible(), false, "the pasted names fold away too");
  const anonymous = await h.page();
  await anonymous.goto(page.url());
  await anonymous.locator("[data-testid=team]").waitFor();
  assert.ok(!(await anonymous.textContent("[data-testid=team]")).includes("Maria"), "the team link leaves names out");
  assert.equal(await anonymous.textContent("[data-testid=team-heading]"), "Platform: 5 results compared");

  const named = await h.page({ width: 390, height: 800 });
  await named.goto(namedLink);
  await named.locator("[data-testid=team]").waitFor();
  assert.match(await named.textContent("[data-testid=team]"), /Ada Lovelace/, "the named link keeps names");
  assert.equal(
    await named.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    true,
    "no sideways scrolling on a phone",
  );
  await named.screenshot({ path: `${SCREENSHOTS}/team-summary-phone.png`, fullPage: true });
  assert.deepEqual([...page.problems, ...anonymous.problems, ...named.problems], []);
});

test("the team view in German fetches the German words and shows the summary, the callout and the bands in German", async () => {
  const page = await h.page();
  const fetched = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(`${h.base}/www/team.html?lang=de`);
  await page.fill("[data-testid=team-links]", await namedTeam());
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();
  assert.ok(fetched.some((path) => /^\/pkg\/.*\.de\..*bin$/.test(path)), `the German file is fetched: ${fetched}`);
  assert.equal(await page.textContent("[data-testid=team-heading]"), "5 Ergebnisse im Vergleich");
  assert.match(await page.textContent("[data-testid=kind-split]"), /nicht einig, welche Art Team ihr seid/);
  assert.match(await page.textContent("[data-testid=team-kinds]"), /4 von 5/);
  const bands = await page.$$eval("[data-testid=strip][data-dimension=awareness] .cc-team__band-name", (els) =>
    els.map((e) => e.textContent),
  );
  assert.equal(bands.length, 3);
  assert.notDeepEqual(bands, ["Unintelligible", "Implicit", "Explicit"], "the level names are German");
  assert.equal(await page.getAttribute(".cc-team-page", "lang"), "de");
  assert.deepEqual(page.problems, []);
});

test("a move the team picked, with a day to look again, lives in the team link, survives a reload and is listed under Your teams", async () => {
  const page = await h.page();
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", await namedTeam());
  await page.fill("[data-testid=team-label]", "Platform");
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();
  assert.equal(await page.locator("[data-testid=saved-teams]").count(), 0, "nothing kept yet");

  const move = await page.locator("[data-testid=team-move] p").first().textContent();
  await page.locator("[data-testid=pick-move]").first().click();
  assert.equal(await page.inputValue("[data-testid=decision-text]"), move, "the picked move fills the decision");
  await page.fill("[data-testid=look-again]", "2027-03-01");
  const before = page.url();
  await page.click("[data-testid=keep-decision]");
  await page.waitForFunction((b) => window.location.href !== b, before);
  assert.match(await page.textContent("[data-testid=decision-status]"), /Kept/);
  const teamLink = page.url();

  await page.reload();
  await page.locator("[data-testid=team]").waitFor();
  assert.equal(await page.inputValue("[data-testid=decision-text]"), move, "the decision survives a reload");
  assert.equal(await page.inputValue("[data-testid=look-again]"), "2027-03-01");
  const kept = page.locator("[data-testid=saved-team]");
  assert.equal(await kept.count(), 1);
  assert.match(await kept.textContent(), /Platform/);
  assert.ok((await kept.textContent()).includes(move), "the list shows what the team decided");
  assert.match(await kept.textContent(), /Look again on/);
  await page.screenshot({ path: `${SCREENSHOTS}/team-decision.png`, fullPage: true });

  // Another browser, with nothing kept: the link alone carries the decision.
  const other = await h.page();
  await other.goto(teamLink);
  await other.locator("[data-testid=team]").waitFor();
  assert.equal(await other.inputValue("[data-testid=decision-text]"), move);
  assert.equal(await other.inputValue("[data-testid=look-again]"), "2027-03-01");
  assert.equal(await other.locator("[data-testid=saved-teams]").count(), 0, "the other browser keeps nothing");

  await page.click("[data-testid=forget-saved-team]");
  await page.locator("[data-testid=saved-teams]").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => localStorage.getItem("context-check-teams")), "");
  assert.deepEqual([...page.problems, ...other.problems], []);
});

test("session mode runs the team view one topic at a time on a shared screen, by keyboard, and closes back to the page", async () => {
  const page = await h.page({ width: 1280, height: 800 });
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", await namedTeam());
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();
  const splits = await page.locator("[data-testid=team] [data-testid=divergence]").count();
  const total = splits + 2;

  await page.focus("[data-testid=session-open]");
  await page.keyboard.press("Enter");
  const session = page.locator("[data-testid=session]");
  await session.waitFor();
  const step = () => page.textContent("[data-testid=session-step]");
  const focusedHeading = () => page.evaluate(() => document.activeElement?.dataset.testid);
  assert.equal(await step(), `Topic 1 of ${total}`);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "session-heading");
  assert.match(await session.textContent(), /don't agree on what kind of team this is/, "the summary first, with the callout");
  assert.equal(await page.evaluate(() => document.querySelector("[data-testid=team-form]").closest("[inert]") !== null), true, "the page behind is inert");
  await page.screenshot({ path: `${SCREENSHOTS}/team-session.png` });

  await page.keyboard.press("ArrowRight");
  assert.equal(await step(), `Topic 2 of ${total}`);
  assert.equal(await session.locator("[data-testid=divergence]").count(), 1, "one split per page");
  assert.match(await session.textContent(), /Talk about it/);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === "session-heading");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await step(), `Topic 1 of ${total}`);
  // A click on the topic's text keeps the keys working.
  await session.locator("[data-testid=team-kinds]").click();
  await page.keyboard.press("PageDown");
  assert.equal(await step(), `Topic 2 of ${total}`);
  await page.keyboard.press("End");
  assert.equal(await step(), `Topic ${total} of ${total}`);
  assert.equal(await session.locator("[data-testid=decision-text]").count(), 1, "the last topic: what will we try");
  assert.equal(await session.locator("[data-testid=session-next]").isDisabled(), true);
  // Typing in the decision doesn't change the topic.
  await session.locator("[data-testid=decision-text]").fill("Write down how we work");
  await session.locator("[data-testid=decision-text]").press("ArrowLeft");
  assert.equal(await step(), `Topic ${total} of ${total}`);
  await page.screenshot({ path: `${SCREENSHOTS}/team-session-decide.png` });
  await page.keyboard.press("Escape");
  await session.waitFor({ state: "detached" });
  assert.equal(await focusedHeading(), "session-open", "focus goes back to the button");
  assert.equal(await page.inputValue("[data-testid=team] [data-testid=decision-text]"), "Write down how we work", "what was typed stays");

  const phone = await h.page({ width: 320, height: 640 });
  await phone.goto(page.url());
  await phone.locator("[data-testid=team]").waitFor();
  await phone.click("[data-testid=session-open]");
  await phone.locator("[data-testid=session]").waitFor();
  await phone.click("[data-testid=session-next]");
  assert.equal(await phone.textContent("[data-testid=session-step]"), `Topic 2 of ${total}`);
  assert.equal(
    await phone.evaluate(() => document.querySelector("[data-testid=session]").scrollWidth <= window.innerWidth),
    true,
    "no sideways scrolling at 320 px",
  );
  await phone.screenshot({ path: `${SCREENSHOTS}/team-session-phone.png` });
  assert.deepEqual([...page.problems, ...phone.problems], []);
});

test("the facilitation guide prints alone: a 30-minute agenda, the kinds, the splits with their prompts and the moves", async () => {
  const page = await h.page();
  await page.addInitScript(() => (window.print = () => (window.printing = true)));
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", await namedTeam());
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();
  assert.equal(await page.locator("[data-testid=guide]").isVisible(), false, "not on screen");
  await page.click("[data-testid=print-guide]");
  assert.equal(await page.evaluate(() => window.printing), true);
  await page.emulateMedia({ media: "print" });
  const guide = page.locator("[data-testid=guide]");
  assert.equal(await guide.isVisible(), true);
  assert.equal(await page.locator("[data-testid=team-form]").isVisible(), false, "printed alone");
  const agenda = await page.$$eval("[data-testid=agenda-item] strong", (els) => els.map((e) => e.textContent));
  assert.deepEqual(agenda.map((a) => a.split(" · ")[0]), ["5 min", "15 min", "10 min"]);
  assert.match(await guide.textContent(), /which kind each piece was/);
  assert.match(await guide.textContent(), /Ask each person/);
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, "one page");
  await page.screenshot({ path: `${SCREENSHOTS}/team-guide-printed.png`, fullPage: true });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.locator("[data-testid=team-form]").isVisible(), true, "everything is back");
  assert.deepEqual(page.problems, []);
});

test("two team links compared: each dimension's median then and now, and the people named in both", async () => {
  const earlier = await teamLinkOf(h, (await namedTeam()).split("\n"));
  const later = [
    `Maria: ${await h.resultLink(indices({ ...PLATFORM, onboarding: "written", change_practice: "deliberate" }))}`,
    `Jo: ${namedLinks[1]}`,
    namedLinks[2],
  ];
  const page = await h.page();
  await page.goto(`${h.base}/www/team.html`);
  await page.fill("[data-testid=team-links]", later.join("\n"));
  await page.click("[data-testid=compare]");
  await page.locator("[data-testid=team]").waitFor();

  await page.fill("[data-testid=earlier-link]", "not a team link");
  await page.click("[data-testid=compare-earlier]");
  assert.match(await page.textContent("[data-testid=compare-status]"), /not a team link/);

  await page.fill("[data-testid=earlier-link]", earlier);
  await page.click("[data-testid=compare-earlier]");
  await page.locator("[data-testid=compare-heading]").waitFor();
  assert.equal(await page.textContent("[data-testid=compare-heading]"), "Since the earlier team (5 results)");
  const moved = await page.$$eval("[data-testid=moved]", (items) =>
    items.map((i) => ({ id: i.dataset.dimension, before: Number(i.dataset.before), now: Number(i.dataset.now), text: i.textContent })),
  );
  assert.equal(moved.length, 7, "every dimension");
  for (const m of moved) {
    const change = m.now > m.before ? `up ${m.now - m.before}` : m.now < m.before ? `down ${m.before - m.now}` : "no change";
    assert.ok(m.text.includes(change), `${m.id}: ${m.text}`);
    assert.match(m.text, /Maria \d+ → \d+ · Jo \d+ → \d+/, `${m.id}: the people named in both`);
  }
  await page.locator("[data-testid=since-last-time]").screenshot({ path: `${SCREENSHOTS}/team-compare.png` });
  const phone = await h.page({ width: 375, height: 800 });
  await phone.goto(page.url());
  await phone.locator("[data-testid=team]").waitFor();
  await phone.fill("[data-testid=earlier-link]", earlier);
  await phone.click("[data-testid=compare-earlier]");
  await phone.locator("[data-testid=compare-heading]").waitFor();
  await phone.locator("[data-testid=since-last-time]").screenshot({ path: `${SCREENSHOTS}/team-compare-phone.png` });

  await page.click("[data-testid=stop-comparing]");
  await page.locator("[data-testid=earlier-link]").waitFor();
  assert.deepEqual([...page.problems, ...phone.problems], []);
});
