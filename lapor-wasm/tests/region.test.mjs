// node --test: RegionCode through the wasm binding, and the shared region vectors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lapor, vectors as load, throwsCode } from "./helpers.mjs";

const vectors = load("regions.json");

test("parses a village code", () => {
  const code = lapor.RegionCode.parse("6474011001");
  assert.equal(code.code, "64.74.01.1001");
  assert.equal(String(code), "64.74.01.1001");
  assert.equal(code.level, "village");
  assert.equal(code.timeZone, "wita");
  assert.equal(code.utcOffsetHours, 8);
  assert.equal(code.villageKind, "kelurahan");
  assert.equal(code.parent.code, "64.74.01");
  assert.ok(code.isWithin(lapor.RegionCode.parse("64")));
});

test("errors are Error objects with a code and fields", () => {
  assert.throws(
    () => lapor.RegionCode.parse("97"),
    (err) => {
      assert.ok(err instanceof Error);
      assert.equal(err.name, "LaporError");
      assert.equal(err.code, "unknown_province");
      assert.equal(err.category, "parse");
      assert.equal(err.province, 97);
      // The value given is never carried by the error (it may be a NIK typed in the wrong box).
      assert.equal(err.input, undefined);
      assert.match(err.messageId, /tidak dikenal/);
      assert.equal(err.message, err.messageEn);
      return true;
    },
  );
});

test("wrong argument types give an invalid_argument error, not a crash", () => {
  for (const bad of [6474, undefined, null, {}, ["64"]]) {
    assert.throws(() => lapor.RegionCode.parse(bad), (err) => err instanceof Error && err.code === "invalid_argument");
  }
  // The module still works afterwards.
  assert.equal(lapor.RegionCode.parse("64").provinceName, "Kalimantan Timur");
});

test("shared vectors: valid codes", () => {
  for (const c of vectors.valid) {
    const code = lapor.RegionCode.parse(c.input);
    assert.equal(code.code, c.code, c.input);
    assert.equal(code.digits, c.digits);
    assert.equal(code.level, c.level);
    assert.equal(code.provinceCode, c.province);
    assert.equal(code.provinceName, c.province_name);
    assert.equal(code.timeZone, c.time_zone);
    assert.equal(code.utcOffsetHours, c.utc_offset_hours);
    assert.equal(code.regencyKind ?? null, c.regency_kind);
    assert.equal(code.villageKind ?? null, c.village_kind);
    assert.equal(code.parent?.code ?? null, c.parent);
    assert.equal(code.name ?? null, c.name, c.input);
    assert.equal(code.exists, c.exists, c.input);
  }
});

test("shared vectors: invalid codes", () => {
  for (const c of vectors.invalid) {
    assert.throws(() => lapor.RegionCode.parse(c.input), (err) => err.code === c.error, JSON.stringify(c.input));
  }
});

test("new RegionCode(code) is RegionCode.parse(code); isWithin takes a code or its text", () => {
  const code = new lapor.RegionCode("64.74.01");
  assert.equal(code.code, "64.74.01");
  assert.equal(code.name, undefined);
  assert.equal(new lapor.RegionCode("6474").name, "Kota Bontang");
  assert.ok(code.exists);
  assert.equal(new lapor.RegionCode("64.74.09").exists, false);
  throwsCode(assert, () => new lapor.RegionCode("97"), "unknown_province");
  throwsCode(assert, () => new lapor.RegionCode(), "invalid_argument");
  throwsCode(assert, () => new lapor.RegionCode(6474), "invalid_argument");
  assert.ok(code.isWithin("64.74"));
  assert.ok(code.isWithin(new lapor.RegionCode("64")));
  assert.equal(code.isWithin("64.75"), false);
  for (const bad of [{}, null, undefined, 64, []]) {
    throwsCode(assert, () => code.isWithin(bad), "invalid_argument", String(bad));
  }
  throwsCode(assert, () => code.isWithin("99"), "unknown_province");
});
