// node --test: validateReport through the wasm binding, and tests/vectors/validation.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lapor, vectors, throwsCode } from "./helpers.mjs";

const NOW = new Date("2026-12-01T03:00:00Z");
const good = () => ({
  kind: "complaint",
  title: "Jalan berlubang di depan SDN 3",
  body: "Sudah tiga bulan jalan berlubang dan belum diperbaiki oleh dinas.",
  incident_date: "2026-11-20",
  region_code: "64.74.01.1001",
  reporter_phone: "0812-3456-7890",
});

test("a good form is valid, with no findings", () => {
  const r = lapor.validateReport(good(), NOW);
  assert.deepEqual(r, { valid: true, issues: [] });
});

test("issues carry code, field, both messages and the PII kind", () => {
  const r = lapor.validateReport(
    { ...good(), title: "", anonim: true, body: "NIK saya 3273056010900009 dipakai orang lain untuk pinjaman." },
    NOW,
  );
  assert.equal(r.valid, false);
  const errors = r.issues.filter((i) => i.severity === "error");
  const warnings = r.issues.filter((i) => i.severity === "warning");
  // Errors first, then warnings.
  assert.deepEqual(r.issues, [...errors, ...warnings]);
  assert.deepEqual(errors, [
    {
      severity: "error",
      code: "title_required",
      field: "title",
      messageId: "Judul laporan wajib diisi.",
      messageEn: "The title is required.",
      piiKind: null,
    },
  ]);
  assert.deepEqual(warnings.map((w) => [w.code, w.field, w.piiKind]), [
    ["pii_in_text_anonymous", "body", "NIK"],
  ]);
  assert.equal(warnings[0].messageId, "Teks laporan Anda memuat NIK; NIK akan disembunyikan dari instansi.");
});

test("now defaults to the current time", () => {
  const today = new Date().toISOString().slice(0, 10);
  const far = "2999-01-01";
  assert.equal(lapor.validateReport({ ...good(), incident_date: "2020-01-01" }).valid, true);
  const r = lapor.validateReport({ ...good(), incident_date: far });
  assert.deepEqual(r.issues.map((e) => [e.severity, e.code]), [["error", "incident_date_in_future"]]);
  assert.ok(r.issues[0].messageEn.includes(far));
  assert.ok(today.length === 10);
  // undefined and null are "omitted" too.
  assert.equal(lapor.validateReport(good(), undefined).valid, true);
  assert.equal(lapor.validateReport(good(), null).valid, true);
});

test("bad input: unknown field, wrong types, not an object, bad now", () => {
  assert.throws(
    () => lapor.validateReport({ titel: "x" }, NOW),
    (err) => err instanceof Error && err.code === "json" && err.category === "parse" && /titel/.test(err.message),
  );
  assert.throws(
    () => lapor.validateReport({ ...good(), attachments: [{ name: "a.jpg", media_type: "image/jpeg", size_bytes: "10" }] }, NOW),
    (err) => err.code === "json" && err.path === "attachments[0].size_bytes",
  );
  throwsCode(assert, () => lapor.validateReport({ title: 5 }, NOW), "json");
  // Elsewhere, NaN is not silently null (as JSON would make it): a json error naming the field.
  assert.throws(
    () => lapor.validateReport({ ...good(), attachments: [{ name: "a.jpg", media_type: "image/jpeg", size_bytes: NaN }] }, NOW),
    (err) => err.code === "json" && err.path === "attachments[0].size_bytes",
  );
  throwsCode(assert, () => lapor.validateReport({ kind: "laporan" }, NOW), "json");
  for (const bad of [null, undefined, "form", 42, [good()], () => 1]) {
    throwsCode(assert, () => lapor.validateReport(bad, NOW), "invalid_argument", String(bad));
  }
  // Not a plain object: JSON would read a Map, Set or class instance as {} (an empty form) and a
  // Date as a string.
  class Form {
    constructor() {
      Object.assign(this, good());
    }
  }
  for (const bad of [new Map(Object.entries(good())), new Set(["title"]), new Date(), new Form(), new Uint8Array(2)]) {
    throwsCode(assert, () => lapor.validateReport(bad, NOW), "invalid_argument", bad.constructor.name);
    assert.throws(() => lapor.validateReport(bad, NOW), (err) => err.argument === "form" && /plain object/.test(err.expected));
  }
  // Inside the form, a json error naming the field.
  assert.throws(
    () => lapor.validateReport({ ...good(), incident_date: new Date("2026-11-20") }, NOW),
    (err) => err.code === "json" && err.path === "incident_date",
  );
  assert.throws(
    () => lapor.validateReport({ ...good(), attachments: [new Map([["name", "a.jpg"]])] }, NOW),
    (err) => err.code === "json" && err.path === "attachments[0]",
  );
  // Plain objects of any kind are forms.
  assert.equal(lapor.validateReport(Object.assign(Object.create(null), good()), NOW).valid, true);
  assert.equal(lapor.validateReport(JSON.parse(JSON.stringify(good())), NOW).valid, true);
  // One flag under both its names is a json error (which one to believe?).
  for (const both of [{ anonim: true, anonymous: false }, { rahasia: "on", confidential: true }]) {
    throwsCode(assert, () => lapor.validateReport({ ...good(), ...both }, NOW), "json", JSON.stringify(both));
  }
  for (const bad of ["2026-12-01", 1764558000000, new Date("nope"), {}]) {
    throwsCode(assert, () => lapor.validateReport(good(), bad), "invalid_argument", String(bad));
  }
  throwsCode(assert, () => lapor.validateReport({ ...good(), latitude: 10n }, NOW), "invalid_argument");
  // Still working afterwards.
  assert.equal(lapor.validateReport(good(), NOW).valid, true);
});

test("shared vectors: validation.json", () => {
  const v = vectors("validation.json");
  assert.ok(v.cases.length >= 40);
  for (const c of v.cases) {
    const now = new Date(c.now);
    if (c.error) {
      throwsCode(assert, () => lapor.validateReport(c.form, now), c.error, c.name);
      continue;
    }
    const r = lapor.validateReport(c.form, now);
    assert.equal(r.valid, c.valid, c.name);
    const got = r.issues;
    assert.deepEqual(
      got.map((i) => [i.severity, i.code, i.field, i.piiKind]),
      c.issues.map((i) => [i.severity, i.code, i.field, i.pii_kind]),
      c.name,
    );
    got.forEach((g, k) => {
      const e = c.issues[k];
      if (e.message_id) assert.equal(g.messageId, e.message_id, c.name);
      if (e.message_en) assert.equal(g.messageEn, e.message_en, c.name);
      assert.ok(g.messageId && g.messageEn, c.name);
    });
  }
});

test("NaN and ±Infinity coordinates are the coordinates_invalid finding, as in Kotlin and Swift", () => {
  // JSON cannot hold them (it would make them null: "no coordinates"); the binding gives the core
  // the f64 itself, as the Kotlin and Swift bindings do.
  for (const bad of [NaN, Infinity, -Infinity]) {
    for (const form of [{ ...good(), latitude: bad, longitude: 117.5 }, { ...good(), latitude: 0.13, longitude: bad }, { ...good(), latitude: bad, longitude: bad }]) {
      const r = lapor.validateReport(form, NOW);
      assert.equal(r.valid, false, String(bad));
      assert.deepEqual(r.issues.map((i) => [i.severity, i.code, i.field]), [["error", "coordinates_invalid", "latitude"]], String(bad));
    }
    // Alone, it is the coordinates_incomplete finding, as any latitude without a longitude.
    assert.deepEqual(
      lapor.validateReport({ ...good(), latitude: bad }, NOW).issues.map((i) => [i.code, i.field]),
      [["coordinates_incomplete", "longitude"]],
    );
  }
  // The caller's object is left as it was.
  const form = { ...good(), latitude: NaN, longitude: 117.5 };
  lapor.validateReport(form, NOW);
  assert.deepEqual(Object.keys(form), [...Object.keys(good()), "latitude", "longitude"]);
  assert.ok(Number.isNaN(form.latitude));
  // Finite ones are unchanged: in range, or coordinates_invalid out of it.
  assert.equal(lapor.validateReport({ ...good(), latitude: 0.13, longitude: 117.5 }, NOW).valid, true);
  assert.deepEqual(lapor.validateReport({ ...good(), latitude: 91, longitude: 117.5 }, NOW).issues.map((i) => i.code), ["coordinates_invalid"]);
});

test("numbers and flags written as an HTML form sends them", () => {
  const codes = (form) => lapor.validateReport({ ...good(), ...form }, NOW).issues.map((i) => i.code);
  // Strings holding numbers, with a decimal comma, or empty (none).
  assert.deepEqual(codes({ latitude: "0.13", longitude: "117,5" }), []);
  assert.deepEqual(codes({ latitude: "", longitude: "" }), []);
  assert.deepEqual(codes({ latitude: "-91", longitude: "117" }), ["coordinates_invalid"]);
  for (const bad of ["abc", "NaN", "Infinity", "+1", "0x10", "1e400"]) {
    throwsCode(assert, () => lapor.validateReport({ ...good(), latitude: bad, longitude: 117 }, NOW), "json", bad);
  }
  // Flags: booleans, 0 and 1, null, and the texts of checkboxes and selects, in any case.
  const anonymous = (value) =>
    lapor.validateReport({ ...good(), reporter_phone: null, anonim: value }, NOW).issues.some((i) => i.code === "anonymous_without_contact");
  for (const yes of [true, 1, "on", "true", "1", "ya", "yes", "ON", "Ya", " yes "]) assert.equal(anonymous(yes), true, JSON.stringify(yes));
  for (const no of [false, 0, null, "", "off", "false", "0", "tidak", "no", "OFF", "Tidak"]) assert.equal(anonymous(no), false, JSON.stringify(no));
  for (const bad of ["maybe", 2, "y", [], {}]) {
    throwsCode(assert, () => lapor.validateReport({ ...good(), anonim: bad }, NOW), "json", JSON.stringify(bad));
  }
  // The kind's Indonesian aliases.
  for (const kind of ["pengaduan", "aspirasi", "permintaan_informasi"]) assert.deepEqual(codes({ kind }), [], kind);
});
