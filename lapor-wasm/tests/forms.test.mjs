// node --test: the forms build (`lapor-wasm/forms`: the crate without its `cases` feature), as a
// web form loads it: the web glue, started with initSync on the module's bytes. It answers the
// form's calls exactly as the full build does (the shared validation and PII vectors), throws
// the same LaporError, and has no viewCase.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { lapor, pkgDir, vectors } from "./helpers.mjs";

const forms = await import(pathToFileURL(join(pkgDir, "forms", "web.js")).href);
forms.initSync({ module: readFileSync(join(pkgDir, "forms", "lapor_wasm_bg.wasm")) });

const NOW = new Date("2026-12-01T03:00:00Z");

test("the forms build has the form's functions and no viewCase", () => {
  for (const name of ["validateReport", "redact", "detectPii", "RegionCode", "WorkingCalendar", "publicStatusLabel"]) {
    assert.equal(typeof forms[name], "function", name);
  }
  assert.equal(forms.viewCase, undefined);
  assert.equal(typeof lapor.viewCase, "function", "the full build keeps it");
});

test("validateReport and redaction answer as the full build does, on the shared vectors", () => {
  const validation = vectors("validation.json");
  assert.ok(validation.cases.length > 0);
  for (const c of validation.cases) {
    const now = c.now ? new Date(c.now) : NOW;
    let full;
    let small;
    try {
      full = lapor.validateReport(c.form, now);
    } catch (e) {
      full = { threw: e.code };
    }
    try {
      small = forms.validateReport(c.form, now);
    } catch (e) {
      small = { threw: e.code };
    }
    assert.deepEqual(small, full, c.name);
  }
  const pii = vectors("pii.json");
  assert.ok(pii.cases.length > 0);
  for (const c of pii.cases) {
    assert.deepEqual(forms.detectPii(c.text), lapor.detectPii(c.text), c.text);
    assert.deepEqual(forms.redact(c.text), lapor.redact(c.text), c.text);
  }
});

test("bad input throws a complete LaporError from the forms build too", () => {
  let err;
  try {
    forms.validateReport(new Map(), NOW);
  } catch (e) {
    err = e;
  }
  // (The forms entry is an ES module: its LaporError is errors.js's, not errors.cjs's.)
  assert.ok(err instanceof Error && err instanceof forms.LaporError, `${err}`);
  assert.ok(forms.isLaporError(err, "invalid_argument"));
  assert.equal(err.name, "LaporError");
  assert.ok(err.messageId && err.messageEn);
});
