// Shared by the node tests: loads the npm package as Node's `require` does (its node.cjs entry),
// from LAPOR_WASM_PKG (the package directory) or ../pkg (scripts/test-wasm.sh writes it; so
// does `node lapor-wasm/js/assemble.mjs` after wasm-bindgen), and the shared vectors in
// tests/vectors/.
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** The assembled package's directory. */
export const pkgDir = resolve(process.env.LAPOR_WASM_PKG ?? fileURLToPath(new URL("../pkg", import.meta.url)));
if (!statSync(pkgDir, { throwIfNoEntry: false })?.isDirectory()) {
  throw new Error(
    `LAPOR_WASM_PKG must be the package directory (lapor-wasm/pkg, written by \`node lapor-wasm/js/assemble.mjs\`), not ${pkgDir}`,
  );
}
export const lapor = require(join(pkgDir, "node.cjs"));

export function vectors(name) {
  return JSON.parse(readFileSync(new URL(`../../tests/vectors/${name}`, import.meta.url), "utf8"));
}

/** Asserts that `err` is a complete LaporError: an Error, `name`, `code`, `category` and both messages. */
export function assertLaporError(assert, err, label = "") {
  assert.ok(err instanceof Error, `${label}: not an Error: ${err}`);
  assert.ok(err instanceof lapor.LaporError, `${label}: not instanceof LaporError: ${err}`);
  assert.equal(err.name, "LaporError", label);
  assert.match(err.code, /^[a-z]+(_[a-z]+)*$/, label);
  assert.equal(typeof err.category, "string", label);
  assert.ok(err.messageId && err.messageEn, `${label}: messages`);
  assert.equal(err.message, err.messageEn, label);
}

/** Asserts that `fn` throws a LaporError (a real Error, with every field) with this code. */
export function throwsCode(assert, fn, code, label) {
  assert.throws(
    fn,
    (err) => {
      assertLaporError(assert, err, label ?? "");
      assert.equal(err.code, code, `${label ?? ""}: ${err.message}`);
      return true;
    },
    label,
  );
}
