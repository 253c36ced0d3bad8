// node --test: the npm package's layout (lapor-wasm/pkg, written by lapor-wasm/js/assemble.mjs):
// its manifest's entries for Node's import and require and for browsers, each with its types,
// and one module behind Node's two entries. scripts/test-wasm.sh also packs it, installs the
// tarball in a scratch project and imports it by name both ways (tests/package/).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { lapor, pkgDir } from "./helpers.mjs";

const manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));

test("package.json: name, the crate's version, and an entry with types for each way in", () => {
  assert.equal(manifest.name, "lapor-wasm");
  const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
  assert.equal(manifest.version, /\[workspace\.package\][^[]*?\nversion\s*=\s*"([^"]+)"/.exec(cargo)[1]);
  assert.equal(manifest.type, "module");
  const root = manifest.exports["."];
  // Node first (its import and require), then browsers and bundlers: the web flavour.
  assert.deepEqual(Object.keys(root), ["node", "browser", "default"]);
  assert.deepEqual(root.node.import, { types: "./node.d.mts", default: "./node.mjs" });
  assert.deepEqual(root.node.require, { types: "./node.d.cts", default: "./node.cjs" });
  assert.deepEqual(root.browser, { types: "./web.d.ts", default: "./web.js" });
  assert.deepEqual(root.default, root.browser);
  // Web forms: the forms build, its own module, the same kind of entry.
  assert.deepEqual(manifest.exports["./forms"], { types: "./forms/web.d.ts", default: "./forms/web.js" });
  assert.match(readFileSync(join(pkgDir, "forms", "web.d.ts"), "utf8"), /export \* from "\.\.\/errors\.js"/);
  for (const file of [manifest.main, manifest.types, ...manifest.files]) {
    assert.ok(existsSync(join(pkgDir, file)), file);
  }
  // Each entry's types re-export the declarations of the glue it loads.
  assert.match(readFileSync(join(pkgDir, "node.d.cts"), "utf8"), /from "\.\/lapor_wasm_node\.cjs"/);
  assert.match(readFileSync(join(pkgDir, "node.d.mts"), "utf8"), /from "\.\/lapor_wasm_node\.cjs"/);
  assert.match(readFileSync(join(pkgDir, "web.d.ts"), "utf8"), /export \{ default \} from "\.\/lapor_wasm_web\.js"/);
  assert.match(readFileSync(join(pkgDir, "lapor_wasm_web.d.ts"), "utf8"), /export default function __wbg_init/);
  assert.doesNotMatch(readFileSync(join(pkgDir, "lapor_wasm_node.d.cts"), "utf8"), /__wbg_init|initSync/);
});

test("Node: import and require give one module, with the same exports", async () => {
  const esm = await import(pathToFileURL(join(pkgDir, "node.mjs")).href);
  assert.deepEqual(Object.keys(esm).sort(), Object.keys(lapor).sort());
  for (const name of Object.keys(lapor)) assert.equal(esm[name], lapor[name], name);
  assert.equal(esm.default, undefined, "no init() in Node: the module is ready once loaded");
  for (const name of ["validateReport", "redact", "detectPii", "deadline", "viewCase", "WorkingCalendar", "Redactor", "RegionCode", "LaporError", "isLaporError"]) {
    assert.equal(typeof lapor[name], "function", name);
  }
});

test("web: the same exports, with init (default) and initSync", async () => {
  const web = await import(pathToFileURL(join(pkgDir, "web.js")).href);
  assert.deepEqual(Object.keys(web).sort(), [...Object.keys(lapor), "default", "initSync"].sort());
  assert.equal(typeof web.default, "function");
  assert.equal(typeof web.initSync, "function");
});

test("forms: the web exports but viewCase, with init and initSync", async () => {
  const forms = await import(pathToFileURL(join(pkgDir, "forms", "web.js")).href);
  const web = Object.keys(await import(pathToFileURL(join(pkgDir, "web.js")).href));
  assert.deepEqual(Object.keys(forms).sort(), web.filter((name) => name !== "viewCase").sort());
});
