// What a WordPress page does with embedded frames' messages, as WordPress documents it for
// oEmbed content (wp-embed): a message counts only when its secret is letters and digits, names a
// frame's data-secret, and comes from that very frame; "height" then sets the frame's height,
// kept between 200 and 1000 pixels. Written for the demo from that behaviour, not copied.
window.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || typeof data.secret !== "string" || /[^a-zA-Z0-9]/.test(data.secret)) return;
  for (const frame of document.querySelectorAll(`iframe[data-secret="${data.secret}"]`)) {
    if (event.source !== frame.contentWindow || data.message !== "height") continue;
    const height = Math.min(1000, Math.max(200, Number.parseInt(data.value, 10) || 0));
    frame.height = String(height);
  }
});
