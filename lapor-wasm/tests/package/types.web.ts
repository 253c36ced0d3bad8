// Type-checked by scripts/test-wasm.sh against the installed package (moduleResolution bundler,
// as a browser bundle sees it): the web flavour, with init() and initSync(); and the forms
// build (`lapor-wasm/forms`), which has no viewCase.
import init, { initSync, validateReport, isLaporError } from "lapor-wasm";
import type { InitInput, ValidationResult } from "lapor-wasm";
import initForms, * as forms from "lapor-wasm/forms";

export async function start(module: InitInput): Promise<boolean> {
  await init({ module_or_path: module });
  const result: ValidationResult = validateReport({ title: "Jalan rusak", anonim: true });
  return result.valid && typeof initSync === "function" && !isLaporError(result);
}

export async function startForms(module: InitInput): Promise<string> {
  await initForms({ module_or_path: module });
  const result: ValidationResult = forms.validateReport({ title: "Jalan rusak" });
  // @ts-expect-error the forms build has no viewCase
  void forms.viewCase;
  return forms.redact(String(result.valid)).text;
}
