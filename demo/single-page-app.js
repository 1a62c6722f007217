// single-page-app.html: adds and removes <context-check> elements the way a client-side router would.
const outlet = document.getElementById("outlet");
let count = 0;
document.getElementById("add").addEventListener("click", () => {
  count += 1;
  const widget = document.createElement("context-check");
  widget.setAttribute("instance", `spa-${count}`);
  widget.dataset.testid = `spa-${count}`;
  outlet.append(widget);
});
document.getElementById("remove").addEventListener("click", () => {
  outlet.lastElementChild?.remove();
});
