// A small static file server for dist/, on 127.0.0.1 only. Used by `make demo` and the browser tests.
// Beside the folder it serves the repository's demo/ (the demo pages and test fixtures, which are
// not part of dist/) under /demo/, so their ../www/ and ../styles/ paths reach dist/'s files.
// It sends the headers the folder's `_headers` file names (the file Netlify and Cloudflare Pages
// read, which dist/ carries), so the tests run with the CORS and MIME types authors deploy with.
// Usage: node tools/serve.mjs <folder> <port>
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

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

/** The Content-Security-Policy a host needs for the widget (README.md gives it to authors). */
export const STRICT_CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The demo pages that stand for hosts with a CSP are served with one, in `make demo` too. */
export function demoHeaders(path) {
  if (path === "/demo/strict-csp.html") return { "content-security-policy": STRICT_CSP };
  if (path === "/demo/no-wasm-csp.html") return { "content-security-policy": "script-src 'self'; style-src 'self'" };
  return {};
}

/** URL prefixes served from folders of their own: the demo pages, from the repository's demo/. */
export const DEMO_MOUNTS = Object.freeze({ "/demo/": fileURLToPath(new URL("../demo/", import.meta.url)) });

/**
 * The rules of a `_headers` file, as Netlify and Cloudflare Pages read it: a path pattern at the
 * start of a line (`*` matches anything), then its headers indented below it as `Name: value`.
 */
export function parseHeaders(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
      rules.push({ path: new RegExp(`^${pattern}$`), headers: {} });
    } else if (rules.length > 0) {
      const colon = line.indexOf(":");
      if (colon > 0) rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The headers every rule matching `path` gives, later rules winning. */
export function headersOf(rules, path) {
  return Object.assign({}, ...rules.filter((rule) => rule.path.test(path)).map((rule) => rule.headers));
}

/** The file for a URL path: under the mount whose prefix it starts with, or under `root`. */
function fileFor(path, root, mounts) {
  const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
  const base = prefix ? resolve(mounts[prefix]) : root;
  const file = normalize(join(base, prefix ? path.slice(prefix.length) : path));
  if (file !== base && !file.startsWith(base + sep)) throw new Error("outside the served folder");
  return file;
}

/**
 * Starts serving `folder`, and each of `mounts` (URL prefix to folder); `headersFor(path)` may add
 * response headers (such as a CSP).
 */
export async function serve(folder, port = 0, headersFor = demoHeaders, mounts = DEMO_MOUNTS) {
  const root = resolve(folder);
  // Read once: dist/ is rebuilt as a whole, and `make demo` is restarted with it.
  const rules = parseHeaders(await readFile(join(root, "_headers"), "utf8").catch(() => ""));
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
      let file = fileFor(path, root, mounts);
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        ...headersOf(rules, path),
        // A development server: every rebuild shows at once, whatever the host's caching would be.
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
  const origin = `http://127.0.0.1:${server.address().port}`;
  console.log(`Context Check: ${origin}/ and the demo pages: ${origin}/demo/demos.html (Ctrl+C to stop)`);
}
