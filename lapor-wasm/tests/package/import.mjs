// Run by scripts/test-wasm.sh in a scratch project where the packed tarball was installed:
// Node's `import` of the package (its node.mjs entry), and the same module as `require`'s.
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { validateReport, WorkingCalendar, LaporError, isLaporError } from "lapor-wasm";

const r = validateReport({ title: "Jalan berlubang di depan SDN 3", anonim: "on" }, new Date("2026-12-01T03:00:00Z"));
assert.equal(r.valid, false);
assert.ok(r.issues.some((i) => i.code === "body_required"));
assert.equal(WorkingCalendar.indonesia().isWorkingDay("2026-03-17"), true);
assert.throws(() => validateReport(new Map()), (e) => e instanceof LaporError && isLaporError(e, "invalid_argument"));
const required = createRequire(import.meta.url)("lapor-wasm");
assert.equal(required.validateReport, validateReport, "import and require load one module");
console.log(`import "lapor-wasm": validateReport → valid=${r.valid}, ${r.issues.length} issues; LaporError ok; same module as require`);
