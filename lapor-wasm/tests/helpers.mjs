// Shared by the node tests: loads the wasm package (LAPOR_WASM_PKG, or ../pkg-nodejs) and the
// shared vectors in tests/vectors/.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const lapor = require(process.env.LAPOR_WASM_PKG ?? "../pkg-nodejs/lapor_wasm.js");

export function vectors(name) {
  return JSON.parse(readFileSync(new URL(`../../tests/vectors/${name}`, import.meta.url), "utf8"));
}

/** Asserts that `fn` throws a LaporError (a real Error) with this code. */
export function throwsCode(assert, fn, code, label) {
  assert.throws(
    fn,
    (err) => {
      assert.ok(err instanceof Error, `${label ?? ""}: not an Error: ${err}`);
      assert.equal(err.name, "LaporError", label);
      assert.equal(err.code, code, `${label ?? ""}: ${err.message}`);
      return true;
    },
    label,
  );
}
