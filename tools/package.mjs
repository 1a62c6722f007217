// Makes dist/ an npm package (dist/package.json), so that public npm CDNs can serve it with the
// same layout as any static host: <cdn>/npm/context-check@<version>/www/embed.js. The name,
// version and metadata come from the wasm-pack package (target/pkg/package.json, from Cargo.toml).
import { readFileSync, rmSync, writeFileSync } from "node:fs";

const wasmPack = JSON.parse(readFileSync("target/pkg/package.json", "utf8"));
const { name, version, description, license, repository } = wasmPack;
const manifest = {
  name,
  version,
  description,
  license,
  repository,
  type: "module",
  files: ["index.html", "r/", "pkg/", "styles/", "www/", "integrations/"],
  main: "./pkg/context_check.js",
  types: "./pkg/context_check.d.ts",
  exports: {
    ".": { types: "./pkg/context_check.d.ts", default: "./pkg/context_check.js" },
    "./embed.js": "./www/embed.js",
    "./styles.css": "./styles/context-check.css",
    "./package.json": "./package.json",
  },
  sideEffects: ["./www/*.js"],
};
writeFileSync("dist/package.json", `${JSON.stringify(manifest, null, 2)}\n`);
// The package's own README (what npm and the CDNs show), with the version in its addresses.
const readme = readFileSync("scripts/hosting/README.package.md", "utf8").replaceAll("VERSION", version);
writeFileSync("dist/README.md", readme);
// One manifest for the whole folder: a nested one would make pkg/ look like a package of its own.
rmSync("dist/pkg/package.json", { force: true });
