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
  assert.deepEqual(r, { valid: true, errors: [], warnings: [] });
});

test("issues carry code, field, both messages and the PII kind", () => {
  const r = lapor.validateReport(
    { ...good(), title: "", anonim: true, body: "NIK saya 3273056010900009 dipakai orang lain untuk pinjaman." },
    NOW,
  );
  assert.equal(r.valid, false);
  assert.deepEqual(r.errors, [
    {
      severity: "error",
      code: "title_required",
      field: "title",
      messageId: "Judul laporan wajib diisi.",
      messageEn: "The title is required.",
      piiKind: null,
    },
  ]);
  assert.deepEqual(r.warnings.map((w) => [w.code, w.field, w.piiKind]), [
    ["pii_in_text_anonymous", "body", "NIK"],
  ]);
  assert.equal(r.warnings[0].messageId, "Teks laporan Anda memuat NIK; NIK akan disembunyikan dari instansi.");
});

test("now defaults to the current time", () => {
  const today = new Date().toISOString().slice(0, 10);
  const far = "2999-01-01";
  assert.equal(lapor.validateReport({ ...good(), incident_date: "2020-01-01" }).valid, true);
  const r = lapor.validateReport({ ...good(), incident_date: far });
  assert.deepEqual(r.errors.map((e) => e.code), ["incident_date_in_future"]);
  assert.ok(r.errors[0].messageEn.includes(far));
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
  // NaN is not silently "no coordinates" (JSON would make it null).
  for (const bad of [NaN, Infinity, -Infinity]) {
    assert.throws(
      () => lapor.validateReport({ ...good(), latitude: bad, longitude: 106.8 }, NOW),
      (err) => err.code === "json" && err.path === "latitude",
    );
  }
  throwsCode(assert, () => lapor.validateReport({ kind: "laporan" }, NOW), "json");
  for (const bad of [null, undefined, "form", 42, [good()], () => 1]) {
    throwsCode(assert, () => lapor.validateReport(bad, NOW), "invalid_argument", String(bad));
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
    const got = [...r.errors, ...r.warnings];
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
