// Type-checked by scripts/test-wasm.sh against the installed package (moduleResolution node16 and
// nodenext): Node's `require` sees the node flavour's types (node.d.cts).
import lapor = require("lapor-wasm");
import { validateReport, LaporError } from "lapor-wasm";

const result: lapor.ValidationResult = validateReport({ title: "Jalan rusak", rahasia: "1" }, null);
// @ts-expect-error an unknown field, also in a CommonJS module
lapor.validateReport({ titel: "x" });
// @ts-expect-error Node's flavour has no initSync()
void lapor.initSync;

function code(e: unknown): string | undefined {
  return e instanceof LaporError ? e.code : lapor.isLaporError(e) ? e.messageId : undefined;
}

export = { valid: result.valid, code, redacted: lapor.redact("x").text };
