// Type-checked by `tsc --noEmit` (scripts/test.sh): the committed declarations describe the API
// the way a TypeScript caller uses it.
import { RegionCode } from "../types/lapor_wasm";

export function describe(input: string): string {
  const code: RegionCode = RegionCode.parse(input);
  const offset: number = code.utcOffsetHours;
  const parent: string | undefined = code.parent?.code;
  const within: boolean = code.isWithin(RegionCode.parse("64"));
  return `${code.code} ${code.level} ${code.timeZone} UTC+${offset} ${parent ?? "-"} ${within}`;
}
