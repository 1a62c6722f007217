// coach.html: makes a link to the hosted check that carries a coach's name, a note and a team
// label in its fragment, with the coach's address for replies (encoded and cleaned by the same
// code the widget reads them with: coachLink, in the coach's bundle with the team view).
import init, { coachLink } from "../pkg/context_check_team.js";

const hosted = new URL("../", import.meta.url).href;
const field = (id) => document.getElementById(id);

function make(name, email) {
  return coachLink(hosted, name, field("coach-message").value, field("coach-team").value, email);
}

function update() {
  const name = field("coach-name").value;
  const email = field("coach-email").value;
  const missing = name.trim() === "";
  field("coach-name-error").hidden = !missing;
  field("coach-name").setAttribute("aria-invalid", String(missing));
  let link = "";
  let badEmail = false;
  if (!missing) {
    try {
      link = make(name, email);
    } catch {
      // The widget's code refuses the address, or nothing visible was left of the name.
      try {
        link = make(name, "");
        badEmail = true;
      } catch {
        field("coach-name-error").hidden = false;
      }
    }
  }
  // Said once the coach leaves the field, not while they are still typing the address.
  if (document.activeElement === field("coach-email")) badEmail = false;
  field("coach-email-error").hidden = !badEmail;
  field("coach-email").setAttribute("aria-invalid", String(badEmail));
  field("coach-link").value = link;
  field("coach-open").href = link || hosted;
  document.querySelector("[data-copy-status]").textContent = "";
}

async function copy() {
  const area = field("coach-link");
  const status = document.querySelector("[data-copy-status]");
  if (!area.value) {
    status.textContent = "Add your name first.";
    return;
  }
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = "Copied to the clipboard.";
  } catch {
    area.focus();
    area.select();
    status.textContent = "The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.";
  }
}

await init();
field("coach-form").addEventListener("input", update);
field("coach-email").addEventListener("change", update);
field("coach-email").addEventListener("blur", update);
field("coach-form").addEventListener("submit", (event) => event.preventDefault());
document.querySelector("[data-copy]").addEventListener("click", copy);
update();
