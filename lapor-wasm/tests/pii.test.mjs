// node --test: detectPii, redact and Redactor through the wasm binding (UTF-16 offsets), and
// tests/vectors/pii.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lapor, vectors, throwsCode } from "./helpers.mjs";

test("detectPii: spans with UTF-16 offsets, kind label and confidence", () => {
  const text = "NIK 3273056010900009";
  assert.deepEqual(lapor.detectPii(text), [{ start: 4, end: 20, kind: "NIK", confidence: "high" }]);
  assert.deepEqual(lapor.detectPii("tidak ada data pribadi"), []);
  assert.deepEqual(lapor.detectPii(""), []);
});

test("UTF-16 offsets after emoji, astral and non-ASCII characters", () => {
  const prefix = "😀🙏𝕏 Ibu Ratna—kata “saya” ";
  const text = `${prefix}NIK 3273056010900009, HP 0812-3456-7890 🚗`;
  const spans = lapor.detectPii(text);
  const values = spans.map((s) => [s.kind, text.slice(s.start, s.end)]);
  assert.deepEqual(
    values.filter(([k]) => k !== "PERSON"),
    [
      ["NIK", "3273056010900009"],
      ["PHONE", "0812-3456-7890"],
    ],
  );
  const nik = spans.find((s) => s.kind === "NIK");
  assert.equal(nik.start, text.indexOf("3273056010900009"));
  // Three astral characters before it: the UTF-16 offset is 3 more than the code-point one.
  assert.equal([...text.slice(0, nik.start)].length, nik.start - 3);
});

test("redact: styles, and the spans point into the input", () => {
  const text = "🙏 Saya Budi Santoso, HP 0812-3456-7890, NIK 3273056010900009.";
  const out = lapor.redact(text);
  assert.equal(out.text, "🙏 Saya [PERSON], HP [PHONE], NIK [NIK].");
  assert.deepEqual(out.spans.map((s) => text.slice(s.start, s.end)), ["Budi Santoso", "0812-3456-7890", "3273056010900009"]);
  assert.deepEqual(lapor.redact(text, "label"), out);
  assert.equal(lapor.redact("HP 0812-3456-7890", "mask").text, "HP ****-****-7890");
  const key = "rahasia enam belas";
  const a = lapor.redact("HP 0812-3456-7890", { pseudonymKey: key }).text;
  const b = lapor.redact("HP +6281234567890", { pseudonymKey: new TextEncoder().encode(key) }).text;
  assert.match(a, /^HP \[PHONE:[0-9a-f]{8}\]$/);
  assert.equal(a, b);
  assert.notEqual(a, lapor.redact("HP 0812-3456-7890", { pseudonymKey: "kunci lain 16 byte" }).text);
  assert.equal(
    lapor.redact("HP 0812-3456-7890", { pseudonymKeyHex: Buffer.from(key).toString("hex") }).text,
    a,
  );
  // Keys shorter than 16 bytes, and hex that is not hex, are refused with the core's error.
  for (const style of [{ pseudonymKey: "rahasia" }, { pseudonymKey: "" }, { pseudonymKeyHex: "abc" }, { pseudonymKeyHex: "zz" }, { pseudonymKeyHex: "00ff" }]) {
    throwsCode(assert, () => lapor.redact("x", style), "pseudonym_key", JSON.stringify(style));
  }
});

test("bad arguments give invalid_argument", () => {
  for (const bad of [undefined, null, 42, {}, ["x"]]) {
    throwsCode(assert, () => lapor.detectPii(bad), "invalid_argument", String(bad));
    throwsCode(assert, () => lapor.redact(bad), "invalid_argument", String(bad));
  }
  for (const style of ["Label", "pseudonym", 3, {}, { pseudonymKey: 5 }]) {
    throwsCode(assert, () => lapor.redact("x", style), "invalid_argument", JSON.stringify(style));
    throwsCode(assert, () => new lapor.Redactor(style), "invalid_argument", JSON.stringify(style));
  }
  assert.equal(lapor.redact("NIK 3273056010900009", null).text, "NIK [NIK]");
});

test("Redactor: reuse, names, kinds", () => {
  const r = new lapor.Redactor("mask");
  assert.equal(r.redact("HP 0812-3456-7890").text, "HP ****-****-7890");
  assert.equal(r.kinds.length, 14);
  const named = new lapor.Redactor().withNames(["Siti Aminah"]);
  assert.equal(named.redact("kata siti aminah kemarin").text, "kata [PERSON] kemarin");
  assert.deepEqual(named.detect("kata siti aminah").map((s) => [s.kind, s.start, s.end]), [["PERSON", 5, 16]]);
  const phones = new lapor.Redactor().withKinds(["phone"]);
  assert.deepEqual(phones.kinds, ["PHONE"]);
  assert.equal(phones.redact("NIK 3273056010900009 HP 081234567890").text, "NIK 3273056010900009 HP [PHONE]");
  throwsCode(assert, () => phones.withKinds(["SSN"]), "invalid_argument");
  throwsCode(assert, () => phones.withKinds("PHONE"), "invalid_argument");
  throwsCode(assert, () => phones.withNames([1]), "invalid_argument");
  throwsCode(assert, () => phones.detect(1), "invalid_argument");
  r.free();
});

test("shared vectors: pii.json (spans in UTF-16 units, label and mask styles, pseudonyms)", () => {
  const v = vectors("pii.json");
  assert.ok(v.cases.length >= 40);
  for (const c of v.cases) {
    const spans = lapor.detectPii(c.text);
    assert.deepEqual(
      spans.map((s) => [s.kind, s.start, s.end]),
      c.spans.map((s) => [s.kind, s.start_utf16, s.end_utf16]),
      c.text,
    );
    spans.forEach((s, k) => {
      assert.equal(c.text.slice(s.start, s.end), c.spans[k].value, c.text);
      assert.ok(["high", "medium", "low"].includes(s.confidence));
    });
    const label = lapor.redact(c.text, "label");
    assert.equal(label.text, c.redacted_label, c.text);
    assert.deepEqual(label.spans, spans, c.text);
    assert.equal(lapor.redact(c.text, "mask").text, c.redacted_mask, c.text);
  }
  const style = { pseudonymKeyHex: v.pseudonym.key_hex };
  const bytes = Uint8Array.from(Buffer.from(v.pseudonym.key_hex, "hex"));
  for (const c of v.pseudonym.cases) {
    assert.equal(lapor.redact(c.text, style).text, c.redacted, c.text);
    assert.equal(lapor.redact(c.text, { pseudonymKey: bytes }).text, c.redacted, c.text);
  }
});
