// The painted intro (written into the page by `make dist`) shows before the wasm arrives. A reader
// who taps its Start button then isn't ignored: the widget opens at the first question instead.

/** Listens to the painted Start button in `host`; returns whether it was pressed, when asked. */
export function rememberStart(host) {
  let pressed = false;
  const button = host.querySelector("[data-prerendered] .cc-button--primary");
  button?.addEventListener(
    "click",
    () => {
      pressed = true;
      button.setAttribute("aria-busy", "true");
    },
    { once: true },
  );
  return () => pressed;
}
