// Run by scripts/test-wasm.sh in a scratch project where the packed tarball was installed:
// Node's `require` of the package (its node.cjs entry).
"use strict";
const assert = require("node:assert/strict");
const { validateReport, redact, LaporError, isLaporError } = require("lapor-wasm");

const r = validateReport({ title: "Jalan berlubang di depan SDN 3", anonim: "on" }, new Date("2026-12-01T03:00:00Z"));
assert.equal(r.valid, false);
assert.equal(redact("HP 0812-3456-7890").text, "HP [PHONE]");
assert.throws(() => validateReport(new Map()), (e) => e instanceof LaporError && isLaporError(e, "invalid_argument"));
assert.equal(require("lapor-wasm/package.json").name, "lapor-wasm");
console.log(`require("lapor-wasm"): validateReport → valid=${r.valid}, ${r.issues.length} issues; redact ok; LaporError ok`);
