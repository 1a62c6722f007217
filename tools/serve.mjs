// A small static file server for dist/, on 127.0.0.1 only. Used by `make demo` and the browser tests.
// Usage: node tools/serve.mjs <folder> <port>
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".ts": "text/plain; charset=utf-8",
};

/** Starts serving `folder`; `headersFor(path)` may add response headers (such as a CSP). */
export function serve(folder, port = 0, headersFor = () => ({})) {
  const root = resolve(folder);
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error("outside the served folder");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        ...headersFor(path),
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  return new Promise((done) => server.listen(port, "127.0.0.1", () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder = "dist", port = "8080"] = process.argv.slice(2);
  const server = await serve(folder, Number(port));
  console.log(`Context Check: http://127.0.0.1:${server.address().port}/ (Ctrl+C to stop)`);
}
