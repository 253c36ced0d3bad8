/* tslint:disable */
/* eslint-disable */

/** A case status tag. */
export type StatusTag =
| "submitted" | "postponed" | "disposed" | "in_progress" | "resolved" | "archived" | "deleted";

/** A language of messages: `"id"` (Bahasa Indonesia) or `"en"`. */
export type Lang = "id" | "en";



/** A day off: `date` is `"YYYY-MM-DD"`. */
export interface HolidayInput {
    date: string;
    kind: "national" | "cuti_bersama" | "election" | "local";
    name: string;
}

/** A deadline budget: exactly one of the three units, a whole number >= 0 (the core's JSON form,
 * the same in every binding). Over ten years (2,600 working days, 22,100 working hours or 3,660
 * calendar days) is the error `budget_too_large`; another shape (two units, a negative or
 * fractional amount, an unknown field) is the error `json`. */
export type Budget =
| { working_days: number; working_hours?: never; calendar_days?: never }
| { working_hours: number; working_days?: never; calendar_days?: never }
| { calendar_days: number; working_days?: never; working_hours?: never };

/** `N` when it is a whole number >= 0 written as a literal, else `never`; `number` itself (a
 * variable) passes: the run time checks it (error `json`). */
export type WholeNumber<N extends number> = number extends N
    ? N
    : `${N}` extends `-${string}` | `${string}.${string}` | `${string}e${string}` | "NaN" | "Infinity"
    ? never
    : N;

/** What TypeScript's structural typing lets through and the run time refuses with `json`: an
 * unknown field beside the unit (also in a variable), and a negative or fractional literal
 * amount. `deadline` checks its argument `B` with it. */
export type BudgetCheck<B> =
& { [K in Exclude<keyof B, "working_days" | "working_hours" | "calendar_days">]: never }
& { [K in keyof B]: B[K] extends number ? WholeNumber<B[K]> : B[K] };

/** A clock pause `[start, end)`. */
export type Pause = [Date, Date] | { start: Date; end: Date };

/** A deadline; `provisional` when it depends on a projected year of the calendar (its holidays
 * are estimates, so a decree may still move it). */
export interface Deadline {
    due: Date;
    provisional: boolean;
}

/** The three Indonesian time zones and their IANA names. */
export type ZoneName =
| "WIB" | "WITA" | "WIT"
| "Asia/Jakarta" | "Asia/Pontianak" | "Asia/Makassar" | "Asia/Jayapura";

/** A time zone as `deadline` reads it: a `ZoneName` as written, in lower case or in upper case
 * (the run time ignores case and spaces around the name altogether); another name is the error
 * `unknown_name`. */
export type Zone = ZoneName | Lowercase<ZoneName> | Uppercase<ZoneName>;

/**
 * When `budget`, started at `start`, runs out for an agency in `zone`, with the clock stopped
 * during `pauses`, on `WorkingCalendar.indonesia()`, as `{due, provisional}`. Throws
 * `invalid_argument`, `json` or `budget_too_large` (budget), `unknown_name` (zone),
 * `invalid_interval` (a pause ending before it starts) or `calendar_range`.
 */
export function deadline<const B extends Budget>(
start: Date,
budget: B & BudgetCheck<B>,
zone: Zone,
pauses?: Pause[] | null,
): Deadline;

export interface WorkingCalendar {
    /**
     * When `budget`, started at `start`, runs out for an agency in `zone`, with the clock
     * stopped during `pauses`, as `{due, provisional}`. Throws `invalid_argument`, `json` or
     * `budget_too_large` (budget), `unknown_name` (zone), `invalid_interval` (a pause ending
     * before it starts) or `calendar_range`.
     */
    deadline<const B extends Budget>(
    start: Date,
    budget: B & BudgetCheck<B>,
    zone: Zone,
    pauses?: Pause[] | null,
    ): Deadline;
}



/** A kind of personal data: the annotation guide's label. */
export type PiiKindLabel =
| "NIK" | "KK" | "NPWP" | "PHONE" | "EMAIL" | "PLATE" | "BANK_ACCOUNT" | "PASSPORT"
| "BPJS" | "NIP" | "PERSON" | "ADDRESS" | "DATE_OF_BIRTH" | "HANDLE";

/** One piece of personal data: `text.slice(start, end)` is the value (UTF-16 offsets). */
export interface PiiSpan {
    start: number;
    end: number;
    kind: PiiKindLabel;
    confidence: "high" | "medium" | "low";
}

/** The redacted text and the spans replaced (offsets into the input text). */
export interface Redacted {
    text: string;
    spans: PiiSpan[];
}

/**
 * How values are replaced: `"label"` (`[NIK]`, the default), `"mask"` (keep the last four
 * digits), or a keyed pseudonym (`[NIK:7f3a9c21]`) with a key of at least 16 bytes as a string
 * (its UTF-8 bytes), as bytes, or in hex.
 */
export type RedactStyle =
| "label"
| "mask"
| { pseudonymKey: string | Uint8Array }
| { pseudonymKeyHex: string };

/** A reporter's identity, for `Redactor.withIdentity` (every field optional). */
export interface ReporterIdentity {
    name?: string | null;
    nik?: string | null;
    kk?: string | null;
    phone?: string | null;
    email?: string | null;
    address?: string | null;
}



/** An attachment's metadata (the library never sees file contents). `size_bytes` is a whole
 * number >= 0 (a negative or fractional one is the error `json`: a run-time check). */
export interface AttachmentInput {
    name: string;
    media_type: string;
    size_bytes: number;
}

/** The texts an HTML form sends for a yes/no field: yes is `"on"`, `"true"`, `"1"`, `"ya"`,
 * `"yes"`; no is `""`, `"off"`, `"false"`, `"0"`, `"tidak"`, `"no"`. */
export type FormBoolText =
| "on" | "true" | "1" | "ya" | "yes"
| "" | "off" | "false" | "0" | "tidak" | "no";

/** A yes/no field: a boolean, `1` or `0`, `null` (no), or one of the `FormBoolText`s in lower
 * case, upper case or capitalised (the run time also ignores the case of the other letters and
 * spaces around the text). Anything else is the error `json`. */
export type FormBool =
| boolean | 0 | 1 | null
| FormBoolText | Uppercase<FormBoolText> | Capitalize<FormBoolText>;

/** A number field: a number, `null` or `""` (none), or a text holding a number as people type
 * it (`"0.13"`, `"-0,5"` with a decimal comma, `".5"`): another text is the error `json` (a
 * run-time check). `NaN` and `±Infinity` are numbers too: the finding `coordinates_invalid`. */
export type FormNumber = number | string | null;

/** The kind of report: the core's names, or their Indonesian aliases. */
export type ReportKindInput =
| "complaint" | "aspiration" | "information_request" | "whistleblowing"
| "pengaduan" | "aspirasi" | "permintaan_informasi";

/**
 * A report form as the page collects it; every field may be omitted. Field names are the core's
 * JSON names (snake_case); `anonim` and `rahasia` are accepted for `anonymous` and
 * `confidential` (not both spellings at once). An unknown field is an error with code `json`.
 */
export interface ReportFormInput {
    kind?: ReportKindInput | null;
    title?: string;
    body?: string;
    incident_date?: string | null;
    location_text?: string | null;
    region_code?: string | null;
    latitude?: FormNumber;
    longitude?: FormNumber;
    category?: string | null;
    target_agency?: string | null;
    attachments?: AttachmentInput[];
    anonymous?: FormBool;
    anonim?: FormBool;
    confidential?: FormBool;
    rahasia?: FormBool;
    reporter_name?: string | null;
    reporter_nik?: string | null;
    reporter_phone?: string | null;
    reporter_email?: string | null;
}

/**
 * What TypeScript's structural typing lets through and the run time refuses with `json`: a
 * field the form does not have (also in a variable, not only in an object literal), such a
 * field in an attachment, and both spellings of one flag (`anonim` and `anonymous`, `rahasia`
 * and `confidential`). `validateReport` checks its argument `F` with it: each offending field
 * must be `never`.
 */
export type ReportFormCheck<F> =
& { [K in Exclude<keyof F, keyof ReportFormInput>]: never }
& (F extends { anonim: unknown; anonymous: unknown } ? { anonim: never } : unknown)
& (F extends { rahasia: unknown; confidential: unknown } ? { rahasia: never } : unknown)
& (F extends { attachments?: readonly (infer A)[] | null }
    ? { attachments?: readonly { [K in Exclude<keyof A, keyof AttachmentInput>]: never }[] }
    : unknown);

/**
 * Checks a report form (a plain object, see `ReportFormInput`) at the instant `now` (a `Date`;
 * the current time when omitted). Never throws for what the citizen typed: every problem is an
 * issue. Throws a `LaporError` with code `json` (unknown field, wrong type: `path` names it)
 * or `invalid_argument` (not a plain object, `now` not a valid `Date`).
 */
export function validateReport<F>(
form: F & ReportFormInput & ReportFormCheck<F>,
now?: Date | null,
): ValidationResult;

/** One finding of `validateReport`. */
export interface ValidationIssue {
    /** `"error"` blocks submission, `"warning"` does not. */
    severity: "error" | "warning";
    /** Stable code, such as `title_required` or `pii_in_text_anonymous`. */
    code: string;
    /** The form field concerned: `title`, `attachments[1].media_type`… */
    field: string;
    /** Message in Bahasa Indonesia. */
    messageId: string;
    /** Message in English. */
    messageEn: string;
    /** For personal-data warnings: the kind's label (`"NIK"`, `"PHONE"`…), else `null`. */
    piiKind: PiiKindLabel | null;
}

/** The result of `validateReport` (the same shape in every binding: `valid` and `issues`). */
export interface ValidationResult {
    /** No errors (warnings allowed). */
    valid: boolean;
    /** Every finding: errors first (they block submission), then warnings, each in field order. */
    issues: ValidationIssue[];
}



/** Who looks at a case (the rows of the visibility matrix). */
export type Viewer = "public" | "agency" | "national_admin" | "reporter";



/**
 * A configured redactor, to reuse: a style and extra names (the reporter's own name, known from
 * the form) to detect wherever they occur.
 */
export class Redactor {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * [`detectPii`] with this redactor.
     */
    detect(text: string): PiiSpan[];
    /**
     * A redactor detecting every kind, replacing in `style` (`"label"` when omitted).
     */
    constructor(style?: RedactStyle);
    /**
     * [`redact`] with this redactor.
     */
    redact(text: string): Redacted;
    /**
     * A copy that also finds the reporter's own identity (`{name, nik, kk, phone, email,
     * address}`, every field optional) wherever and however it is written: any word of the
     * name in any order, also inside joined forms (`KTP_Siti_Rahmawati.jpg`, `#SitiRahmawati`);
     * NIK, KK and phone by their digits; the e-mail by its local part. These are always
     * replaced with a label, whatever the style. Throws `json` for an unknown field.
     */
    withIdentity(reporter: ReporterIdentity): Redactor;
    /**
     * A copy that detects only these kinds (labels such as `"NIK"`, `"PHONE"`).
     */
    withKinds(kinds: PiiKindLabel[]): Redactor;
    /**
     * A copy that also detects these person names anywhere: the whole name, and each of its
     * words of three letters or more in any order, case or joined form (as
     * [`withIdentity`](Self::with_identity) matches a name), always replaced with a label.
     */
    withNames(names: string[]): Redactor;
    /**
     * The kinds detected, as labels.
     */
    readonly kinds: PiiKindLabel[];
}

/**
 * A Kemendagri region code (`11.01.01.2001`, `1101012001` or a shorter prefix).
 */
export class RegionCode {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Whether this region is `other` (a `RegionCode` or a code string) or lies inside it.
     * Anything else is a `LaporError` with code `invalid_argument`.
     */
    isWithin(other: RegionCode | string): boolean;
    /**
     * `new RegionCode(code)`: the same as `RegionCode.parse(code)`.
     */
    constructor(code: string);
    /**
     * Parses a region code; throws a `LaporError` whose `code` is `region_code_syntax`,
     * `region_code_length`, `unknown_province` or `region_code_out_of_range`.
     */
    static parse(code: string): RegionCode;
    /**
     * The dotted form.
     */
    toString(): string;
    /**
     * The dotted form, `"11.01.01.2001"`.
     */
    readonly code: string;
    /**
     * The plain digits, `"1101012001"`.
     */
    readonly digits: string;
    /**
     * Whether the place is in the Kemendagri list compiled into the library (provinces,
     * regencies, districts; a village code is judged by its district). `parse` only checks the
     * form: `RegionCode.parse("64.74.09").exists` is `false`.
     */
    readonly exists: boolean;
    /**
     * `"province"`, `"regency"`, `"district"` or `"village"`.
     */
    readonly level: string;
    /**
     * The official name of a province or regency (`"Kalimantan Timur"`, `"Kota Bontang"`);
     * `undefined` for a district or village, and for a regency the Kemendagri list lacks.
     */
    readonly name: string | undefined;
    /**
     * The code one level up, or `undefined` for a province.
     */
    readonly parent: RegionCode | undefined;
    /**
     * The two-digit province number.
     */
    readonly provinceCode: number;
    /**
     * The province's official name.
     */
    readonly provinceName: string;
    /**
     * `"kabupaten"` or `"kota"`, or `undefined` for a province.
     */
    readonly regencyKind: string | undefined;
    /**
     * `"wib"`, `"wita"` or `"wit"`.
     */
    readonly timeZone: string;
    /**
     * Hours ahead of UTC: 7, 8 or 9.
     */
    readonly utcOffsetHours: number;
    /**
     * `"kelurahan"`, `"desa"` or `"desa_adat"`, or `undefined` above village level.
     */
    readonly villageKind: string | undefined;
}

/**
 * A working-day calendar (weekends and the listed holidays are off), covering a range of years.
 * Dates are `"YYYY-MM-DD"` strings; a date outside the covered years throws a `LaporError`
 * with code `calendar_range`.
 */
export class WorkingCalendar {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Adds holidays (local closures, late decrees). Throws `json` for a malformed list and
     * `calendar_range` for a date outside the covered years (nothing is added then).
     */
    addHolidays(holidays: HolidayInput[]): void;
    /**
     * The n-th working day strictly after `date` (before it for negative `n`; `date` itself,
     * or the working day before it, for 0), as `"YYYY-MM-DD"`.
     */
    addWorkingDays(date: string, n: number): string;
    /**
     * Reads a calendar from JSON text (`{"name", "years", "holidays"}`, as `toJson` writes).
     * Throws `json` or `calendar_years` / `calendar_range`.
     */
    static fromJson(json: string): WorkingCalendar;
    /**
     * Every holiday, sorted by date.
     */
    holidays(): HolidayInput[];
    /**
     * Indonesia's official years only (2024–2027): beyond them, `calendar_range`.
     */
    static indonesiaOfficial(): WorkingCalendar;
    /**
     * Indonesia's national calendar: official years 2024–2027 (holidays, cuti bersama,
     * election days), then projected years 2028–2040 whose answers are provisional.
     */
    static indonesia(): WorkingCalendar;
    /**
     * Whether `date` lies in a projected year.
     */
    isProjected(date: string): boolean;
    /**
     * Whether `date` is a working day.
     */
    isWorkingDay(date: string): boolean;
    /**
     * Loads official data for new years over the projected ones, from JSON text
     * `{"years": [{"year": 2028, "source": "SKB …", "holidays": [{date, kind, name}]}]}`.
     * Throws `json` or `calendar_entry` (a year given twice or already official, not adjacent,
     * without a source, or a date outside its year); nothing changes then.
     */
    loadOfficialYears(json: string): void;
    /**
     * Not a way to make a calendar: throws `invalid_argument` naming the ones there are
     * (`WorkingCalendar.indonesia()`, `WorkingCalendar.indonesiaOfficial()`,
     * `WorkingCalendar.fromJson(text)`). Without it, JS's `new WorkingCalendar()` would give an
     * object with no calendar behind it; its parameter of type `never` makes TypeScript refuse
     * the call too.
     */
    constructor(use_indonesia_or_from_json: never);
    /**
     * The calendar as JSON text.
     */
    toJson(): string;
    /**
     * The number of working days in `(a, b]` (negative when `b` is before `a`).
     */
    workingDaysBetween(a: string, b: string): number;
    /**
     * The first year covered.
     */
    readonly firstYear: number;
    /**
     * The last year covered.
     */
    readonly lastYear: number;
    /**
     * The calendar's name.
     */
    readonly name: string;
    /**
     * The covered years whose holidays are projected.
     */
    readonly projectedYears: Int32Array;
}

/**
 * Finds the personal data in `text`: spans sorted by `start`, never overlapping, with UTF-16
 * offsets (`text.slice(span.start, span.end)` is the value). Throws `invalid_argument` when
 * `text` is not a string.
 */
export function detectPii(text: string): PiiSpan[];

/**
 * The label LAPOR! shows the public for a case status (`"in_progress"` → `"Proses"` in
 * Indonesian, `"In process"` in English); `lang` is `"id"` when omitted. Throws `unknown_name`
 * for an unknown status or language.
 */
export function publicStatusLabel(status: StatusTag, lang?: Lang): string;

/**
 * Replaces the personal data in `text` in `style` (`"label"` when omitted); returns the new
 * text and the spans replaced (UTF-16 offsets into the input). Throws `invalid_argument` for a
 * non-string text or an unknown style.
 */
export function redact(text: string, style?: RedactStyle): Redacted;

/**
 * Runs when the module is instantiated: routes Rust panics to `console.error` with a message
 * (they still throw a `RuntimeError` in JS: no panic is expected, but none is silent).
 */
export function start(): void;

/**
 * Replays a case's event log (JSON Lines, the first event `submitted`) against the agency
 * directory (a JSON array of agencies, as text or as an array), checking every event exactly
 * as the command that produced it was checked (Indonesia's calendar, the PermenPANRB 62/2018
 * policy), and returns the case as `viewer` may see it: for the agency, an anonymous case has
 * no reporter and every free text redacted with the reporter's identity matched loosely; for
 * the public, nothing beyond existence unless the case was verified and is not confidential.
 *
 * Throws `empty_log` for a log without any event, `log_line` for a line that is not an event,
 * `event_rejected` (with `line`, `case` and `reason.code`) for an event no command could have
 * produced, `json` for a bad directory, `unknown_name` for an unknown viewer.
 */
export function viewCase(event_log: string, directory: string | object[], viewer: Viewer): object;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_redactor_free: (a: number, b: number) => void;
    readonly __wbg_regioncode_free: (a: number, b: number) => void;
    readonly __wbg_workingcalendar_free: (a: number, b: number) => void;
    readonly deadline: (a: any, b: any, c: any, d: number) => [number, number, number];
    readonly detectPii: (a: any) => [number, number, number];
    readonly publicStatusLabel: (a: any, b: number) => [number, number, number, number];
    readonly redact: (a: any, b: number) => [number, number, number];
    readonly redactor_detect: (a: number, b: any) => [number, number, number];
    readonly redactor_kinds: (a: number) => [number, number];
    readonly redactor_new: (a: number) => [number, number, number];
    readonly redactor_redact: (a: number, b: any) => [number, number, number];
    readonly redactor_withIdentity: (a: number, b: any) => [number, number, number];
    readonly redactor_withKinds: (a: number, b: any) => [number, number, number];
    readonly redactor_withNames: (a: number, b: any) => [number, number, number];
    readonly regioncode_code: (a: number) => [number, number];
    readonly regioncode_digits: (a: number) => [number, number];
    readonly regioncode_exists: (a: number) => number;
    readonly regioncode_isWithin: (a: number, b: any) => [number, number, number];
    readonly regioncode_level: (a: number) => [number, number];
    readonly regioncode_name: (a: number) => [number, number];
    readonly regioncode_new: (a: any) => [number, number, number];
    readonly regioncode_parent: (a: number) => number;
    readonly regioncode_parse: (a: any) => [number, number, number];
    readonly regioncode_provinceCode: (a: number) => number;
    readonly regioncode_provinceName: (a: number) => [number, number];
    readonly regioncode_regencyKind: (a: number) => [number, number];
    readonly regioncode_timeZone: (a: number) => [number, number];
    readonly regioncode_toString: (a: number) => [number, number];
    readonly regioncode_utcOffsetHours: (a: number) => number;
    readonly regioncode_villageKind: (a: number) => [number, number];
    readonly start: () => void;
    readonly validateReport: (a: any, b: number) => [number, number, number];
    readonly viewCase: (a: any, b: any, c: any) => [number, number, number];
    readonly workingcalendar_addHolidays: (a: number, b: any) => [number, number];
    readonly workingcalendar_addWorkingDays: (a: number, b: any, c: any) => [number, number, number, number];
    readonly workingcalendar_deadline: (a: number, b: any, c: any, d: any, e: number) => [number, number, number];
    readonly workingcalendar_firstYear: (a: number) => number;
    readonly workingcalendar_fromJson: (a: any) => [number, number, number];
    readonly workingcalendar_holidays: (a: number) => any;
    readonly workingcalendar_indonesia: () => number;
    readonly workingcalendar_indonesiaOfficial: () => number;
    readonly workingcalendar_isProjected: (a: number, b: any) => [number, number, number];
    readonly workingcalendar_isWorkingDay: (a: number, b: any) => [number, number, number];
    readonly workingcalendar_lastYear: (a: number) => number;
    readonly workingcalendar_loadOfficialYears: (a: number, b: any) => [number, number];
    readonly workingcalendar_name: (a: number) => [number, number];
    readonly workingcalendar_new: (a: any) => [number, number, number];
    readonly workingcalendar_projectedYears: (a: number) => [number, number];
    readonly workingcalendar_toJson: (a: number) => [number, number];
    readonly workingcalendar_workingDaysBetween: (a: number, b: any, c: any) => [number, number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __externref_drop_slice: (a: number, b: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
