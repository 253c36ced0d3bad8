// LaporError, and `wrap`: the package's entry points (written by assemble.mjs) pass
// wasm-bindgen's exports through `wrap`, so that every value the API throws is a LaporError.
// Generic: it names no export, and changes no argument or result.
//
// The Rust side throws LaporErrors itself (`Error`s named "LaporError" with `code`, `category`,
// `messageId`, `messageEn` and the core error's fields). wasm-bindgen's glue throws other
// errors, translated here into the core's `invalid_argument` shape (`argument`, `expected`,
// category "parse", the core's message format; the glue is pinned: wasm-bindgen 0.2.130):
//   - "null pointer passed to rust": a method of an object whose free() was called, or such an
//     object given as an argument;
//   - "expected instance of RegionCode": an argument that is not an instance of that class.
// Two errors are the binding's own: "not_initialized" (the web flavour called before init() or
// initSync()) and "internal" (anything else: a Rust panic, which no input should cause; the
// original error is the `cause`, never in the message, which might then quote an input).
//
// An ES module. assemble.mjs derives the CommonJS copy (errors.cjs) by dropping the `export`
// keywords and adding `module.exports`, so this file uses no other module syntax.

/** The error of every lapor-wasm function (see errors.d.ts). */
export class LaporError extends Error {
  constructor(code, messageEn, messageId, category = "validation", cause = undefined) {
    super(messageEn, cause === undefined ? undefined : { cause });
    this.name = "LaporError";
    this.code = code;
    this.category = category;
    this.messageId = messageId;
    this.messageEn = messageEn;
  }

  // The Rust side's errors are plain `Error`s named "LaporError": `instanceof` looks at that
  // shape, so it holds for them, and across the ESM and CommonJS entries and realms.
  static [Symbol.hasInstance](value) {
    return isLaporError(value);
  }
}

/** Whether `value` is a LaporError (with this `code`, when given). */
export function isLaporError(value, code) {
  return (
    value instanceof Error &&
    value.name === "LaporError" &&
    typeof value.code === "string" &&
    (code === undefined || value.code === code)
  );
}

function laporError(fields, messageEn, messageId, cause) {
  const error = new LaporError(fields.code, messageEn, messageId, fields.category, cause);
  return Object.assign(error, fields);
}

// The core's invalid_argument (lapor_core::Error::InvalidArgument), built on the JS side.
function invalidArgument(argument, expected, cause) {
  const fields = { code: "invalid_argument", category: "parse", argument, expected };
  return laporError(fields, `argument ${argument}: expected ${expected}`, `argumen ${argument}: seharusnya ${expected}`, cause);
}

function translate(error, where, self) {
  if (isLaporError(error)) return error;
  const text = error instanceof Error ? error.message : "";
  if (text === "null pointer passed to rust") {
    const freed = self !== null && typeof self === "object" && self.__wbg_ptr === 0;
    return invalidArgument(`${freed ? "this " : ""}of ${where}`, "an object whose free() was not called", error);
  }
  const expected = /^expected instance of (\w+)$/.exec(text);
  if (expected) return invalidArgument(`of ${where}`, `a ${expected[1]}`, error);
  return laporError(
    { code: "internal", category: "internal" },
    `${where}: internal error in lapor-wasm (a bug: please report it; the original error is the cause)`,
    `${where}: galat internal lapor-wasm (sebuah bug: mohon laporkan; galat aslinya ada di cause)`,
    error,
  );
}

function guard(fn, where, ready) {
  const guarded = function (...args) {
    if (!ready()) {
      throw laporError(
        { code: "not_initialized", category: "validation" },
        `${where}: the module is not initialised: call \`await init()\` (or \`initSync(...)\`) first`,
        `${where}: modul belum diinisialisasi: panggil \`await init()\` (atau \`initSync(...)\`) dahulu`,
      );
    }
    try {
      return fn.apply(this, args);
    } catch (error) {
      throw translate(error, where, this);
    }
  };
  Object.defineProperty(guarded, "name", { value: fn.name });
  return guarded;
}

// Guards a wasm-bindgen class in place (its static and prototype methods and accessors, which
// the instances the glue makes share) and returns it behind a Proxy that guards `new`.
function guardClass(cls, ready) {
  const own = new Map([
    [cls, ["prototype", "length", "name"]],
    [cls.prototype, ["constructor"]],
  ]);
  for (const [target, skip] of own) {
    for (const key of Reflect.ownKeys(target)) {
      if (skip.includes(key) || (typeof key === "string" && key.startsWith("__"))) continue;
      const where = `${cls.name}.${typeof key === "symbol" ? key.description : key}`;
      const d = Object.getOwnPropertyDescriptor(target, key);
      for (const part of ["value", "get", "set"]) {
        if (typeof d[part] === "function") d[part] = guard(d[part], where, ready);
      }
      Object.defineProperty(target, key, d);
    }
  }
  const construct = guard((args, newTarget) => Reflect.construct(cls, args, newTarget), `new ${cls.name}`, ready);
  return new Proxy(cls, { construct: (_, args, newTarget) => construct(args, newTarget) });
}

/** wasm-bindgen's exports (`glue`), guarded, with LaporError and isLaporError. */
export function wrap(glue) {
  // The web flavour must be initialised first; its `init` (default) and `initSync` say when.
  let initialised = typeof glue.initSync !== "function";
  const ready = () => initialised;
  const out = {};
  for (const [name, value] of Object.entries(glue)) {
    if (typeof value !== "function") {
      out[name] = value;
    } else if (typeof value.prototype?.free === "function") {
      out[name] = guardClass(value, ready);
    } else if (name === "default") {
      out[name] = async function init(...args) {
        const exports = await value(...args);
        initialised = true;
        return exports;
      };
    } else if (name === "initSync") {
      out[name] = function initSync(...args) {
        const exports = value(...args);
        initialised = true;
        return exports;
      };
    } else {
      out[name] = guard(value, name, ready);
    }
  }
  out.LaporError = LaporError;
  out.isLaporError = isLaporError;
  return out;
}
