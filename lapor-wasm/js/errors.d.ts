// The error every lapor-wasm function throws (errors.js). The package's entry types re-export
// these beside wasm-bindgen's declarations; assemble.mjs copies this file as errors.d.ts and
// errors.d.cts.

/** A family of errors: the core's (`lapor_core::Error::category`), or `"internal"` for a bug. */
export type LaporErrorCategory =
  | "parse"
  | "directory"
  | "not_found"
  | "validation"
  | "calendar"
  | "transition"
  | "permission"
  | "internal";

/**
 * Every value lapor-wasm throws: an `Error` whose `name` is `"LaporError"`, with a stable
 * snake_case `code`, a `category`, the message in Bahasa Indonesia and in English, and the
 * fields of the core's error in camelCase. Messages never quote the value given (it may be a
 * NIK or a phone number).
 *
 * `instanceof LaporError` looks at that shape, so it holds for every error the module throws
 * (whichever entry, ESM or CommonJS, loaded it); `isLaporError(e, code)` also narrows by code.
 */
export declare class LaporError extends Error {
  constructor(
    code: string,
    messageEn: string,
    messageId: string,
    category?: LaporErrorCategory,
    cause?: unknown,
  );
  readonly name: "LaporError";
  /**
   * Stable: the core's codes (`json`, `invalid_argument`, `invalid_date`, `budget_too_large`,
   * `calendar_range`, `unknown_name`, `empty_log`, `log_line`, `event_rejected`,
   * `pseudonym_key`, `region_code_syntax`…), or the binding's own `not_initialized` (the web
   * flavour called before `init()`) and `internal` (a bug; the original error is `cause`).
   */
  readonly code: string;
  readonly category: LaporErrorCategory;
  /** The message in Bahasa Indonesia. */
  readonly messageId: string;
  /** The message in English (also `message`). */
  readonly messageEn: string;
  /** `invalid_argument`: the argument's name (`form`, `start`, `this of RegionCode.code`…). */
  readonly argument?: string;
  /** `invalid_argument`: what it must be, in English (`a plain object`, `a Date`…). */
  readonly expected?: string;
  /** `json`: the path of the offending field (`attachments[0].size_bytes`; `.` for the whole). */
  readonly path?: string;
  /** `json`: what was being read (`"report form"`, `"budget"`, `"agency directory"`…). */
  readonly target?: string;
  /** `json`, `log_line`, `event_rejected`: the 1-based line (of the event log, for the latter). */
  readonly line?: number;
  /** `json`: the 1-based column. */
  readonly column?: number;
  /** `event_rejected`: why, as the code and fields of the error its command would have had. */
  readonly reason?: { readonly code: string; readonly [field: string]: unknown };
  /** `budget_too_large`: the unit (`"working_days"`…), the amount given and the maximum. */
  readonly unit?: string;
  readonly amount?: number;
  readonly max?: number;
  /** The other fields of the core's error, in camelCase (`province`, `year`, `what`…). */
  readonly [field: string]: unknown;
}

/** Whether `value` is a `LaporError`, with this `code` when one is given. */
export declare function isLaporError(value: unknown, code?: string): value is LaporError;
