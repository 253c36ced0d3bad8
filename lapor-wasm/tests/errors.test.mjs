// node --test: every value the package throws is a LaporError (an Error named "LaporError" with
// a stable code, a category and both messages), including what wasm-bindgen's glue throws
// (an object used after free(), an argument of the wrong class), `new WorkingCalendar()`, a
// Map for a form, bounded budgets, an empty event log, and the web flavour before init().
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { lapor, pkgDir, throwsCode, assertLaporError } from "./helpers.mjs";

const { LaporError, isLaporError, Redactor, RegionCode, WorkingCalendar } = lapor;

/** The error `fn` throws (failing when it throws none). */
function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail("no error thrown");
}

test("LaporError and isLaporError: instanceof and narrowing hold for the module's errors", () => {
  const err = thrown(() => RegionCode.parse("99"));
  assertLaporError(assert, err, "parse");
  assert.ok(err instanceof LaporError);
  assert.ok(isLaporError(err));
  assert.ok(isLaporError(err, err.code));
  assert.ok(!isLaporError(err, "json"));
  for (const other of [new Error("x"), new TypeError("x"), { name: "LaporError", code: "json" }, null, "LaporError"]) {
    assert.ok(!(other instanceof LaporError), String(other));
    assert.ok(!isLaporError(other), String(other));
  }
  // A LaporError made in JS is one too.
  const made = new LaporError("json", "english", "indonesia", "parse");
  assert.ok(made instanceof LaporError && made instanceof Error && isLaporError(made, "json"));
  assert.deepEqual([made.name, made.message, made.messageEn, made.messageId, made.category], ["LaporError", "english", "english", "indonesia", "parse"]);
});

test("a method, getter or argument used after free() is invalid_argument, not wasm-bindgen's null pointer", () => {
  const freed = (make) => {
    const x = make();
    x.free();
    return x;
  };
  const uses = {
    "Redactor.redact": () => freed(() => new Redactor()).redact("HP 0812-3456-7890"),
    "Redactor.kinds": () => freed(() => new Redactor()).kinds,
    "Redactor.withNames": () => freed(() => new Redactor()).withNames(["Siti"]),
    "WorkingCalendar.isWorkingDay": () => freed(() => WorkingCalendar.indonesia()).isWorkingDay("2026-03-17"),
    "WorkingCalendar.name": () => freed(() => WorkingCalendar.indonesia()).name,
    "WorkingCalendar.deadline": () => freed(() => WorkingCalendar.indonesia()).deadline(new Date(), { working_days: 1 }, "WIB"),
    "RegionCode.code": () => freed(() => RegionCode.parse("64.74")).code,
    "RegionCode.free": () => freed(() => RegionCode.parse("64.74")).free(),
    [`RegionCode.${Symbol.dispose.description}`]: () => freed(() => RegionCode.parse("64.74"))[Symbol.dispose](),
  };
  for (const [where, use] of Object.entries(uses)) {
    throwsCode(assert, use, "invalid_argument", where);
    const err = thrown(use);
    assert.equal(err.argument, `this of ${where}`, where);
    assert.equal(err.expected, "an object whose free() was not called");
    assert.equal(err.category, "parse");
    assert.match(err.cause?.message, /null pointer/, where);
  }
  // As an argument.
  const kota = RegionCode.parse("64.74");
  const province = freed(() => RegionCode.parse("64"));
  throwsCode(assert, () => kota.isWithin(province), "invalid_argument", "isWithin(freed)");
  // The objects not freed still work.
  assert.equal(kota.isWithin(RegionCode.parse("64")), true);
  assert.equal(new Redactor().redact("HP 0812-3456-7890").text, "HP [PHONE]");
});

test("an argument that is not a RegionCode is invalid_argument (isWithin({}))", () => {
  const kota = RegionCode.parse("64.74");
  for (const bad of [{}, null, undefined, 64, WorkingCalendar.indonesia(), { __wbg_ptr: 1 }]) {
    throwsCode(assert, () => kota.isWithin(bad), "invalid_argument", String(bad));
  }
  // The errors the JS side builds have the core's message format, as the Rust side's.
  const freed = RegionCode.parse("64");
  freed.free();
  const js = thrown(() => freed.code);
  const core = thrown(() => lapor.validateReport(null));
  for (const e of [js, core]) {
    assert.equal(e.messageEn, `argument ${e.argument}: expected ${e.expected}`);
    assert.equal(e.messageId, `argumen ${e.argument}: seharusnya ${e.expected}`);
  }
});

test("new WorkingCalendar() throws invalid_argument naming the factories", () => {
  throwsCode(assert, () => new WorkingCalendar(), "invalid_argument");
  const err = thrown(() => new WorkingCalendar());
  assert.match(err.message, /WorkingCalendar\.indonesia\(\)/);
  assert.match(err.message, /WorkingCalendar\.fromJson\(text\)/);
  // The factories, and instanceof on what they make.
  assert.ok(WorkingCalendar.indonesia() instanceof WorkingCalendar);
  assert.ok(WorkingCalendar.fromJson(WorkingCalendar.indonesiaOfficial().toJson()) instanceof WorkingCalendar);
  assert.ok(new Redactor() instanceof Redactor);
});

test("plain objects only: a Map, Set, Date or class instance is invalid_argument", () => {
  class Style {
    pseudonymKey = "0123456789abcdef";
  }
  const start = new Date("2025-11-24T03:00:00Z");
  throwsCode(assert, () => lapor.validateReport(new Map([["title", "Jalan rusak"]])), "invalid_argument", "form");
  throwsCode(assert, () => lapor.deadline(start, new Map([["working_days", 3]]), "WIB"), "invalid_argument", "budget");
  throwsCode(assert, () => lapor.redact("x", new Style()), "invalid_argument", "style");
  throwsCode(assert, () => new Redactor().withIdentity(new Map([["name", "Siti"]])), "invalid_argument", "identity");
  throwsCode(assert, () => lapor.deadline(start, { working_days: 1 }, "WIB", [new Set([start])]), "invalid_argument", "pause");
  // The same values as plain objects work.
  assert.ok(lapor.deadline(start, { working_days: 3 }, "WIB").due instanceof Date);
  assert.equal(lapor.redact("NIK 3273056010900009", { pseudonymKey: "0123456789abcdef" }).spans.length, 1);
});

test("budgets: bounded, one shape, messages that name the problem", () => {
  const start = new Date("2025-11-24T03:00:00Z");
  const err = thrown(() => lapor.deadline(start, { calendar_days: 1e9 }, "WIB"));
  assertLaporError(assert, err, "1e9");
  assert.deepEqual([err.code, err.category, err.unit, err.max], ["budget_too_large", "validation", "calendar_days", 3660]);
  // The camelCase spelling of an earlier version: an unknown unit, named as such.
  const camel = thrown(() => lapor.deadline(start, { workingHours: 1e15 }, "WIB"));
  assertLaporError(assert, camel, "workingHours");
  assert.equal(camel.code, "json");
  assert.match(camel.message, /unknown variant/);
  assert.match(camel.message, /working_hours/);
  assert.doesNotMatch(camel.message, /whole number/);
  // Past what a u32 holds: still budget_too_large, never a date, and the amount is not quoted.
  const huge = thrown(() => lapor.deadline(start, { working_hours: 1e15 }, "WIB"));
  assert.deepEqual([huge.code, huge.unit, huge.max], ["budget_too_large", "working_hours", 22100]);
  assert.doesNotMatch(`${huge.message} ${huge.messageId}`, /1000000000000000|1e\+?15/);
});

test("viewCase of an empty event log is the core's empty_log", () => {
  for (const log of ["", "\n", "  \n\n  \n"]) {
    throwsCode(assert, () => lapor.viewCase(log, [], "public"), "empty_log", JSON.stringify(log));
    const err = thrown(() => lapor.viewCase(log, [], "public"));
    assert.match(err.messageEn, /no event/);
    assert.doesNotMatch(err.messageEn, /status none|replay/);
  }
});

test("dates are read strictly (YYYY-MM-DD) in every argument: invalid_date, as in every binding", () => {
  const cal = WorkingCalendar.indonesia();
  for (const bad of ["2026-3-17", " 2026-03-17", "+2026-03-17", "2026-03-17 ", "2026-03-17T00:00", "20260317"]) {
    throwsCode(assert, () => cal.isWorkingDay(bad), "invalid_date", JSON.stringify(bad));
    throwsCode(assert, () => cal.isProjected(bad), "invalid_date", JSON.stringify(bad));
    throwsCode(assert, () => cal.addWorkingDays(bad, 1), "invalid_date", JSON.stringify(bad));
    throwsCode(assert, () => cal.workingDaysBetween("2026-03-02", bad), "invalid_date", JSON.stringify(bad));
    // Inside JSON (a holiday's date) it is the json error naming the field.
    assert.throws(
      () => cal.addHolidays([{ date: bad, kind: "local", name: "x" }]),
      (err) => err.code === "json" && err.path === "[0].date",
      JSON.stringify(bad),
    );
    // In a form, the incident_date_invalid finding (the core trims what the citizen typed around
    // the date, in every binding).
    assert.equal(
      lapor.validateReport({ incident_date: bad }).issues.some((i) => i.code === "incident_date_invalid"),
      bad.trim() === bad,
      JSON.stringify(bad),
    );
  }
  assert.equal(cal.isWorkingDay("2026-03-17"), true);
});

test("what else the glue throws: a wrong class is invalid_argument, anything else internal", async () => {
  // A stand-in for wasm-bindgen's glue: its errors as the pinned version (0.2.130) words them.
  const errors = await import(pathToFileURL(join(pkgDir, "errors.js")).href);
  const { wrap } = errors;
  const secret = "NIK 3273056010900009";
  class Thing {
    free() {}
    get size() {
      throw new Error("null pointer passed to rust");
    }
  }
  const glue = {
    Thing,
    take(thing) {
      if (!(thing instanceof Thing)) throw new Error("expected instance of Thing");
      return true;
    },
    boom() {
      throw new TypeError(secret);
    },
    rethrow(err) {
      throw err;
    },
  };
  const wrapped = wrap(glue);
  // An argument of the wrong class (a `&Thing` parameter in Rust).
  assert.equal(wrapped.take(new wrapped.Thing()), true);
  const wrong = thrown(() => wrapped.take({}));
  assertLaporError(assert, wrong, "take({})");
  assert.deepEqual([wrong.code, wrong.category, wrong.argument, wrong.expected], ["invalid_argument", "parse", "of take", "a Thing"]);
  // A getter of a freed object.
  const freed = thrown(() => new wrapped.Thing().size);
  assert.deepEqual([freed.code, freed.argument], ["invalid_argument", "of Thing.size"]);
  // Anything else: internal, the original error kept as the cause, never in the message.
  const err = thrown(() => wrapped.boom());
  assertLaporError(assert, err, "internal");
  assert.deepEqual([err.code, err.category], ["internal", "internal"]);
  assert.ok(!err.message.includes("3273056010900009") && !err.messageId.includes("3273056010900009"));
  assert.equal(err.cause.message, secret);
  // A LaporError goes through as it is.
  const own = new LaporError("json", "x", "x", "parse");
  assert.equal(thrown(() => wrapped.rethrow(own)), own);
  assert.equal(wrapped.LaporError, errors.LaporError);
});

test("web flavour: a call before init() is not_initialized; after initSync it works", async () => {
  const web = await import(pathToFileURL(join(pkgDir, "web.js")).href);
  assert.equal(typeof web.default, "function");
  const before = {
    validateReport: () => web.validateReport({}),
    "WorkingCalendar.indonesia": () => web.WorkingCalendar.indonesia(),
    "new Redactor": () => new web.Redactor(),
  };
  for (const [where, call] of Object.entries(before)) {
    throwsCode(assert, call, "not_initialized", where);
    assert.match(thrown(call).message, /init\(\)/);
  }
  web.initSync({ module: readFileSync(join(pkgDir, "lapor_wasm_bg.wasm")) });
  assert.equal(web.redact("HP 0812-3456-7890").text, "HP [PHONE]");
  assert.equal(web.WorkingCalendar.indonesia().isWorkingDay("2026-03-17"), true);
  // The same errors as in Node.
  throwsCode(assert, () => web.validateReport(new Map()), "invalid_argument");
  throwsCode(assert, () => new web.WorkingCalendar(), "invalid_argument");
  const r = web.RegionCode.parse("64");
  r.free();
  throwsCode(assert, () => r.code, "invalid_argument");
  assert.ok(thrown(() => r.code) instanceof web.LaporError);
});
