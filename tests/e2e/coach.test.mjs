// Coach links: made on www/coach.html, opened by the client, answered with "Send to <coach>".
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { finish, startHarness, SCREENSHOTS } from "./harness.mjs";

let h;
before(async () => (h = await startHarness()));
after(() => h.close());

/** Fills the coach page's form and returns the link it makes. */
async function makeLink({ name, team = "", message = "", email = "" }) {
  const page = await h.page();
  await page.goto(`${h.base}/www/coach.html`);
  await page.fill("#coach-name", name);
  await page.fill("#coach-team", team);
  await page.fill("#coach-email", email);
  await page.fill("#coach-message", message);
  const link = await page.locator("[data-testid=coach-link]").inputValue();
  assert.deepEqual(page.problems, []);
  return { page, link };
}

test("a coach's note is shown before the start, as plain text, and Send to opens a mail with the result link", async () => {
  const { page: coachPage, link } = await makeLink({ name: "Dana", team: "Platform", message: "Please take this before Thursday.\nThanks!" });
  assert.ok(link.startsWith(`${h.base}/#cc-coach=`), link);
  await coachPage.screenshot({ path: `${SCREENSHOTS}/coach-page.png`, fullPage: true });

  const client = await h.page();
  await client.goto(link);
  const note = client.locator("[data-testid=coach-note]");
  await note.waitFor();
  assert.equal(await note.locator("[data-testid=coach-name]").textContent(), "Dana");
  assert.equal(await note.locator("[data-testid=coach-team]").textContent(), "Platform");
  assert.match(await note.textContent(), /Please take this before Thursday.\nThanks!/);
  await client.screenshot({ path: `${SCREENSHOTS}/coach-intro.png` });

  await finish(client);
  const send = client.locator("[data-testid=send-to-coach]");
  assert.equal(await send.textContent(), "Send to Dana");
  const mail = new URL(await send.getAttribute("href"));
  assert.equal(mail.protocol, "mailto:");
  const body = new URLSearchParams(mail.search).get("body");
  const resultLink = body.match(/https?:\/\/\S+/)[0];
  assert.ok(resultLink.startsWith(`${h.base}/#cc-result=`), `the result link leaves the invite out: ${resultLink}`);
  assert.match(new URLSearchParams(mail.search).get("subject"), /Platform/);

  const coach = await h.page();
  await coach.goto(resultLink);
  await coach.locator("[data-testid=shared-result]").waitFor();
  assert.equal(await coach.locator("[data-testid=profile-name]").textContent(), "New Offerings");
  assert.deepEqual(client.problems, []);
});

test("markup, right-to-left overrides and zero-width characters in a coach link stay inert text", async () => {
  // Made with the widget's own encoder directly: the coach page's fields stop at 60 characters.
  const name = "<img src=x onerror=alert(1)>\u202E\u200B" + "x".repeat(80);
  const { page } = await makeLink({ name: "Dana" });
  const link = await page.evaluate(
    async ([base, name]) => {
      const coach = await import("/pkg/context_check_team.js");
      await coach.default();
      return coach.coachLink(`${base}/`, name, "<script>alert(2)</script>", "", "");
    },
    [h.base, name],
  );
  const client = await h.page();
  let dialogs = 0;
  client.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const requests = [];
  client.on("request", (request) => requests.push(request.url()));
  await client.goto(link);
  const note = client.locator("[data-testid=coach-note]");
  await note.waitFor();
  const shown = await note.locator("[data-testid=coach-name]").textContent();
  assert.ok(shown.startsWith("<img src=x onerror=alert(1)>xxx"), shown);
  assert.equal([...shown].length, 60, "the name is cut at 60 characters");
  assert.ok(shown.endsWith("…"));
  assert.doesNotMatch(shown, /[\u202A-\u202E\u2066-\u2069\u200B-\u200D]/);
  assert.match(await note.textContent(), /<script>alert\(2\)<\/script>/);
  assert.equal(await client.locator("context-check img, #context-check img, #context-check script").count(), 0);
  assert.equal(dialogs, 0, "nothing ran");
  assert.ok(!requests.some((url) => url.endsWith("/x")), "no image was requested");
  const overflow = await client.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(overflow, false, "a long name can't push the page sideways");
});

test("a coach's address goes with the invite, is shown before the start, and Send to, beside the note at the top of the result, addresses the mail", async () => {
  const { link } = await makeLink({ name: "Dana", team: "Platform", message: "Thanks!", email: "dana@coach.example" });
  const client = await h.page({ width: 390, height: 800 });
  await client.goto(link);
  const note = client.locator("[data-testid=coach-note]");
  await note.waitFor();
  assert.equal(await note.locator("[data-testid=coach-address]").textContent(), "dana@coach.example");
  assert.match(await note.locator("[data-testid=coach-reply]").textContent(), /goes only to the address you send it to/);

  await finish(client);
  const send = client.locator("[data-testid=coach-note] [data-testid=send-to-coach]");
  assert.equal(await client.locator("[data-testid=send-to-coach]").count(), 1, "one Send button, in the coach's note");
  assert.match(await client.locator("[data-testid=coach-note]").textContent(), /Thanks!/);
  const mail = new URL(await send.getAttribute("href"));
  assert.equal(mail.protocol, "mailto:");
  assert.equal(mail.pathname, "dana@coach.example", "the mail is addressed to the coach");
  assert.match(new URLSearchParams(mail.search).get("body"), /#cc-result=/);
  // Near the top: above the top trap, within the first screen and a half of a phone.
  const [sendTop, trapTop] = await client.evaluate(() => [
    document.querySelector("[data-testid=coach-note]").getBoundingClientRect().top + window.scrollY,
    document.querySelector(".cc-top-trap").getBoundingClientRect().top + window.scrollY,
  ]);
  assert.ok(sendTop < trapTop, `Send (${sendTop}) comes before the top trap (${trapTop})`);
  assert.ok(sendTop < 1200, `Send is near the top (${sendTop} px)`);
  await client.evaluate(() => document.querySelector("[data-testid=coach-note]").scrollIntoView());
  await client.screenshot({ path: `${SCREENSHOTS}/coach-send-phone.png` });
  assert.deepEqual(client.problems, []);
});

test("an address a mail link can't carry is refused on the coach page, and the link is made without it", async () => {
  const { page, link } = await makeLink({ name: "Dana", email: "dana@coach.example?bcc=all@evil.example" });
  await page.locator("#coach-name").focus();
  assert.ok(await page.isVisible("#coach-email-error"), "said once the coach leaves the field");
  assert.equal(await page.getAttribute("#coach-email", "aria-invalid"), "true");
  const made = await page.locator("[data-testid=coach-link]").inputValue();
  assert.ok(made.startsWith(`${h.base}/#cc-coach=`), made);
  const client = await h.page();
  await client.goto(made);
  await client.locator("[data-testid=coach-note]").waitFor();
  assert.equal(await client.locator("[data-testid=coach-address]").count(), 0, "no address travels");
  assert.ok(link !== undefined);
});

test("the coach page needs a name before it makes a link", async () => {
  const { page, link } = await makeLink({ name: "   " });
  assert.equal(link, "");
  assert.ok(await page.isVisible("#coach-name-error"));
});
