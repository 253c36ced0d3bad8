// Run by scripts/test-wasm.sh in a scratch project where the packed tarball was installed:
// Node's `import` of the package (its node.mjs entry), and the same module as `require`'s.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { validateReport, WorkingCalendar, LaporError, isLaporError } from "lapor-wasm";

const r = validateReport({ title: "Jalan berlubang di depan SDN 3", anonim: "on" }, new Date("2026-12-01T03:00:00Z"));
assert.equal(r.valid, false);
assert.ok(r.issues.some((i) => i.code === "body_required"));
assert.equal(WorkingCalendar.indonesia().isWorkingDay("2026-03-17"), true);
assert.throws(() => validateReport(new Map()), (e) => e instanceof LaporError && isLaporError(e, "invalid_argument"));
const required = createRequire(import.meta.url);
assert.equal(required("lapor-wasm").validateReport, validateReport, "import and require load one module");
// The forms build by its own name: the web glue, started on its module's bytes.
const forms = await import("lapor-wasm/forms");
forms.initSync({ module: readFileSync(required.resolve("lapor-wasm/forms/lapor_wasm_bg.wasm")) });
assert.deepEqual(forms.validateReport({ title: "Jalan berlubang di depan SDN 3", anonim: "on" }, new Date("2026-12-01T03:00:00Z")), r);
assert.equal(forms.viewCase, undefined);
console.log(`import "lapor-wasm": validateReport → valid=${r.valid}, ${r.issues.length} issues; LaporError ok; same module as require; "lapor-wasm/forms" answers the same`);
