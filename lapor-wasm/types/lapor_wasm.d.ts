/* tslint:disable */
/* eslint-disable */

/**
 * A Kemendagri region code (`11.01.01.2001`, `1101012001` or a shorter prefix).
 */
export class RegionCode {
    private constructor();
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Whether this region is `other` or lies inside it.
     */
    isWithin(other: RegionCode): boolean;
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
     * `"province"`, `"regency"`, `"district"` or `"village"`.
     */
    readonly level: string;
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
 * Runs when the module is instantiated: routes Rust panics to `console.error` with a message
 * (they still throw a `RuntimeError` in JS: no panic is expected, but none is silent).
 */
export function start(): void;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_regioncode_free: (a: number, b: number) => void;
    readonly regioncode_code: (a: number) => [number, number];
    readonly regioncode_digits: (a: number) => [number, number];
    readonly regioncode_isWithin: (a: number, b: number) => number;
    readonly regioncode_level: (a: number) => [number, number];
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
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
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
