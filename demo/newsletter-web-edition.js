// share-url must be a whole https address (http on this machine); a real post writes it in the
// attribute. The demo works out the author's post's address on whatever server serves it, before
// the widget starts (this script runs as the page is read, before the module scripts).
const post = new URL("./author-post.html", document.baseURI).href;
for (const widget of document.querySelectorAll("context-check")) widget.setAttribute("share-url", post);
