// node --test: the cases of types.misuse.ts at run time, so that the TypeScript types and the run
// time agree: what the types refuse (`@ts-expect-error CODE`) and what they cannot see (`run
// time only CODE`) throws a LaporError with that code; what they accept does not throw.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { lapor, assertLaporError } from "./helpers.mjs";

const source = readFileSync(new URL("./types.misuse.ts", import.meta.url), "utf8");
const now = new Date("2026-12-01T03:00:00Z");
const names = Object.keys(lapor);

// Each case: a block from a line "{" to the next line "}", with one directive comment.
const cases = [...source.matchAll(/^\{\n([\s\S]*?)\n\}$/gm)].map(([, body]) => {
  const directive = /\/\/ (@ts-expect-error|accepted|run time only)(?: ([a-z_]+))?:/.exec(body);
  assert.ok(directive, `a case without a directive:\n${body}`);
  // The one piece of TypeScript syntax the cases use: a parameter's or a const's type.
  const js = body.replace(/\b(\w+): (?:Budget|ReportFormInput)\b/g, "$1");
  return { kind: directive[1], code: directive[2], why: body.split("\n").find((l) => l.includes(directive[0])).trim(), js };
});

test("types.misuse.ts: every case has a kind, and there are enough of each", () => {
  const count = (kind) => cases.filter((c) => c.kind === kind).length;
  // Accepted inputs: the calls of the accepted cases.
  const calls = cases
    .filter((c) => c.kind === "accepted")
    .reduce((n, c) => n + c.js.split("\n").filter((l) => /^\s*(?!const |\/\/).*\);$/.test(l)).length, 0);
  console.log(
    `types.misuse.ts: ${count("@ts-expect-error")} misuses the types catch; ${calls} accepted inputs (in ${count("accepted")} cases); ${count("run time only")} misuses only the run time sees`,
  );
  assert.ok(count("@ts-expect-error") >= 40);
  assert.ok(count("accepted") >= 12 && calls >= 25);
  assert.ok(count("run time only") >= 10);
  // No directive outside a case (it would be type-checked and never run); the header explains
  // each once.
  for (const directive of ["@ts-expect-error", "// accepted:", "// run time only"]) {
    const inFile = source.split(directive).length - 1;
    const inCases = cases.reduce((n, c) => n + c.js.split(directive).length - 1, 0);
    assert.equal(inCases, inFile - 1, directive);
  }
  for (const c of cases) {
    if (c.kind !== "accepted") assert.ok(c.code, `${c.why}: no error code`);
  }
});

test("types.misuse.ts: the run time does what the types say", () => {
  for (const c of cases) {
    const run = new Function(...names, "now", c.js);
    let error;
    try {
      run(...names.map((n) => lapor[n]), now);
    } catch (err) {
      error = err;
    }
    if (c.kind === "accepted") {
      assert.equal(error, undefined, `${c.why}: threw ${error?.code} ${error?.message}`);
    } else {
      assert.ok(error, `${c.why}: did not throw`);
      assertLaporError(assert, error, c.why);
      assert.equal(error.code, c.code, `${c.why}: ${error.message}`);
    }
  }
});
