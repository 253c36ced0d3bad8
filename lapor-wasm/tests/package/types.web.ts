// Type-checked by scripts/test-wasm.sh against the installed package (moduleResolution bundler,
// as a browser bundle sees it): the web flavour, with init() and initSync().
import init, { initSync, validateReport, isLaporError } from "lapor-wasm";
import type { InitInput, ValidationResult } from "lapor-wasm";

export async function start(module: InitInput): Promise<boolean> {
  await init({ module_or_path: module });
  const result: ValidationResult = validateReport({ title: "Jalan rusak", anonim: true });
  return result.valid && typeof initSync === "function" && !isLaporError(result);
}
