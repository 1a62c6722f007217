// coach.html: makes a link to the hosted check that carries a coach's name, a note and a team
// label in its fragment (encoded and cleaned by the widget's own code, coachLink in the wasm).
import init, { coachLink } from "../pkg/context_check.js";

const hosted = new URL("../", import.meta.url).href;
const field = (id) => document.getElementById(id);

function update() {
  const name = field("coach-name").value;
  const missing = name.trim() === "";
  field("coach-name-error").hidden = !missing;
  field("coach-name").setAttribute("aria-invalid", String(missing));
  let link = "";
  if (!missing) {
    try {
      link = coachLink(hosted, name, field("coach-message").value, field("coach-team").value);
    } catch {
      // Nothing visible was left of the name: the same message as an empty one.
      field("coach-name-error").hidden = false;
    }
  }
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
field("coach-form").addEventListener("submit", (event) => event.preventDefault());
document.querySelector("[data-copy]").addEventListener("click", copy);
update();
