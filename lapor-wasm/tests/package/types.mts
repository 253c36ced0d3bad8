// Type-checked by scripts/test-wasm.sh against the installed package (moduleResolution node16 and
// nodenext): Node's `import` sees the node flavour's types, without `init`.
import { validateReport, WorkingCalendar, LaporError, isLaporError } from "lapor-wasm";
import type { ValidationResult, Budget, LaporErrorCategory } from "lapor-wasm";
// @ts-expect-error Node's flavour has no init(): the module is ready once imported
import init from "lapor-wasm";

const result: ValidationResult = validateReport({ title: "Jalan rusak", anonim: "on", latitude: "0.13", longitude: 117.5 });
const budget: Budget = { working_days: 3 };
const due: Date = WorkingCalendar.indonesia().deadline(new Date(), budget, "Asia/Makassar").due;

export function describe(e: unknown): string {
  if (isLaporError(e, "json")) return `${e.code} ${e.path ?? "."} ${e.messageId}`;
  if (e instanceof LaporError) {
    const category: LaporErrorCategory = e.category;
    return `${e.code} ${category} ${e.messageEn}`;
  }
  return `${result.valid} ${due.toISOString()} ${String(init)}`;
}
