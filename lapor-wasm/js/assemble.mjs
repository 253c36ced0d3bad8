// Assembles the npm package lapor-wasm/pkg/ from wasm-bindgen's two outputs (lapor-wasm/pkg-nodejs
// from `--target nodejs`, lapor-wasm/pkg-web from `--target web`, both made and optimised by
// scripts/test-wasm.sh) and the files of this directory:
//
//   package.json                  this directory's, with the crate's version
//   README.md                     lapor-wasm/README.md
//   lapor_wasm_bg.wasm            the module (one copy: both targets build the same bytes)
//   lapor_wasm_node.cjs, .d.cts   wasm-bindgen's nodejs glue (CommonJS; reads the module next to
//                                 it synchronously)
//   lapor_wasm_web.js, .d.ts      wasm-bindgen's web glue (ES module; `init()` fetches the module
//                                 next to it, `initSync({module})` takes its bytes)
//   errors.js, .d.ts              LaporError, isLaporError and `wrap`; errors.cjs and
//   errors.cjs, .d.cts            errors.d.cts are their CommonJS copies
//   node.cjs, .d.cts              Node, `require`: wrap(the nodejs glue)
//   node.mjs, .d.mts              Node, `import`: the exports of node.cjs (one instance for both
//                                 ways, so no dual-package hazard)
//   web.js, .d.ts                 browsers and bundlers: wrap(the web glue), with `init`
//   forms/                        the forms build (lapor-wasm/pkg-forms, `--target web` of the
//                                 crate without its `cases` feature: no viewCase, a smaller
//                                 module for web forms): lapor_wasm_bg.wasm, lapor_wasm_web.js
//                                 and .d.ts, web.js and web.d.ts as above, sharing ../errors.js
//
//   node lapor-wasm/js/assemble.mjs   (prints the directory it wrote)
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const crate = join(here, "..");
const nodeDir = join(crate, "pkg-nodejs");
const webDir = join(crate, "pkg-web");
const formsDir = join(crate, "pkg-forms");
const out = join(crate, "pkg");

function fail(message) {
  console.error(`assemble.mjs: ${message}`);
  process.exit(1);
}

const read = (path) => readFileSync(path, "utf8");
const write = (name, text) => writeFileSync(join(out, name), text);

// The text, which must contain `needle` exactly once, with it replaced.
function replaceOnce(text, needle, replacement, what) {
  if (text.split(needle).length !== 2) fail(`${what}: expected exactly one ${JSON.stringify(needle)}`);
  return text.replace(needle, () => replacement);
}

const wasm = readFileSync(join(webDir, "lapor_wasm_bg.wasm"));
if (!wasm.equals(readFileSync(join(nodeDir, "lapor_wasm_bg.wasm")))) {
  fail("pkg-nodejs and pkg-web hold different lapor_wasm_bg.wasm files: build both from one .wasm");
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out);
writeFileSync(join(out, "lapor_wasm_bg.wasm"), wasm);
copyFileSync(join(crate, "README.md"), join(out, "README.md"));

// The version of the workspace, which the crate inherits.
const cargo = read(join(crate, "..", "Cargo.toml"));
const version = /\[workspace\.package\][^[]*?\nversion\s*=\s*"([^"]+)"/.exec(cargo)?.[1];
if (!version) fail("no version in [workspace.package] of Cargo.toml");
const manifest = JSON.parse(read(join(here, "package.json")));
manifest.version = version;
write("package.json", `${JSON.stringify(manifest, null, 2)}\n`);

// wasm-bindgen's glue, renamed; the Deno type hint at its top follows the .d.ts.
const selfTypes = '/* @ts-self-types="./lapor_wasm.d.ts" */';
let nodeGlue = read(join(nodeDir, "lapor_wasm.js"));
replaceOnce(nodeGlue, "`${__dirname}/lapor_wasm_bg.wasm`", "", "the nodejs glue's module path");
nodeGlue = replaceOnce(nodeGlue, selfTypes, '/* @ts-self-types="./lapor_wasm_node.d.cts" */', "nodejs glue");
write("lapor_wasm_node.cjs", nodeGlue);
copyFileSync(join(nodeDir, "lapor_wasm.d.ts"), join(out, "lapor_wasm_node.d.cts"));
// The web glue of a build in `dir`, written as `prefix`lapor_wasm_web.js and .d.ts.
function webGlueOf(dir, prefix) {
  let glue = read(join(dir, "lapor_wasm.js"));
  replaceOnce(glue, "new URL('lapor_wasm_bg.wasm', import.meta.url)", "", `${dir}: the web glue's module URL`);
  glue = replaceOnce(glue, selfTypes, '/* @ts-self-types="./lapor_wasm_web.d.ts" */', `${dir}: web glue`);
  write(`${prefix}lapor_wasm_web.js`, glue);
  copyFileSync(join(dir, "lapor_wasm.d.ts"), join(out, `${prefix}lapor_wasm_web.d.ts`));
}
webGlueOf(webDir, "");

// errors.js and its CommonJS copy: the same code without `export`, and a module.exports.
const errors = read(join(here, "errors.js"));
const exported = [...errors.matchAll(/^export (?:class|function) (\w+)/gm)].map((m) => m[1]);
const cjs = errors.replace(/^export (class|function) /gm, "$1 ");
if (/^\s*(export|import)\b/m.test(cjs)) fail("errors.js may use no module syntax besides `export class|function`");
write("errors.js", errors);
write("errors.cjs", `"use strict";\n${cjs}\nmodule.exports = { ${exported.join(", ")} };\n`);
copyFileSync(join(here, "errors.d.ts"), join(out, "errors.d.ts"));
copyFileSync(join(here, "errors.d.ts"), join(out, "errors.d.cts"));

// The entries.
const header = "// lapor-wasm's entry (written by lapor-wasm/js/assemble.mjs): see errors.js for `wrap`.\n";
write("node.cjs", `${header}"use strict";\nmodule.exports = require("./errors.cjs").wrap(require("./lapor_wasm_node.cjs"));\n`);
const nodeNames = Object.keys(createRequire(import.meta.url)(join(out, "node.cjs")));
write("node.mjs", `${header}import lapor from "./node.cjs";\n\nexport const {\n  ${nodeNames.join(",\n  ")},\n} = lapor;\n`);
const entryTypes = (glue) => `export * from "./${glue}";\nexport * from "./errors.${glue.endsWith(".cjs") ? "cjs" : "js"}";\n`;
write("node.d.cts", entryTypes("lapor_wasm_node.cjs"));
write("node.d.mts", entryTypes("lapor_wasm_node.cjs"));

// A web entry (`prefix`web.js and .d.ts) over the web glue next to it; `errors` is the path of
// errors.js from there.
async function webEntry(prefix, errors) {
  const names = Object.keys(await import(pathToFileURL(join(out, `${prefix}lapor_wasm_web.js`)).href))
    .filter((name) => name !== "default")
    .concat("LaporError", "isLaporError");
  write(
    `${prefix}web.js`,
    `${header}import * as glue from "./lapor_wasm_web.js";\nimport { wrap } from "${errors}";\n\nconst lapor = wrap(glue);\nexport default lapor.default;\nexport const {\n  ${names.join(",\n  ")},\n} = lapor;\n`,
  );
  write(
    `${prefix}web.d.ts`,
    `export * from "./lapor_wasm_web.js";\nexport { default } from "./lapor_wasm_web.js";\nexport * from "${errors}";\n`,
  );
}
await webEntry("", "./errors.js");

// The forms build, in forms/.
mkdirSync(join(out, "forms"));
writeFileSync(join(out, "forms", "lapor_wasm_bg.wasm"), readFileSync(join(formsDir, "lapor_wasm_bg.wasm")));
webGlueOf(formsDir, "forms/");
await webEntry("forms/", "../errors.js");

// Every file the manifest lists, and no other.
const written = new Set(readdirSync(out, { recursive: true }).filter((name) => name !== "forms"));
const listed = new Set(["package.json", ...manifest.files]);
for (const name of new Set([...written, ...listed])) {
  if (!written.has(name) || !listed.has(name)) fail(`${name}: ${written.has(name) ? "not in files" : "not written"}`);
}
console.log(out);
