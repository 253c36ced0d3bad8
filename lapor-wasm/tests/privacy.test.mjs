// node --test: the anonymity promise through the wasm binding: tests/vectors/privacy_attacks.json
// (as tests/privacy_attacks.rs runs it) and tests/vectors/views.json (the visibility matrix),
// through viewCase, Redactor.withIdentity, redact, RegionCode.parse and validateReport.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lapor, vectors, throwsCode } from "./helpers.mjs";

const V = vectors("privacy_attacks.json");
const jsonl = (events) => events.map((e) => JSON.stringify(e)).join("\n");

function check(name, text, absent, present = []) {
  for (const s of absent) assert.ok(!text.includes(s), `${name}: ${JSON.stringify(s)} leaks in ${text}`);
  for (const s of present) assert.ok(text.includes(s), `${name}: ${JSON.stringify(s)} missing in ${text}`);
}

test("privacy_attacks.json: views of replayed logs leak nothing", () => {
  for (const a of V.views) {
    for (const [viewer, e] of Object.entries(a.expect)) {
      check(a.name, JSON.stringify(lapor.viewCase(jsonl(a.log), V.agencies, viewer)), e.absent, e.present);
    }
  }
  // The directory may also be given as JSON text; an unknown viewer is an argument error.
  const a = V.views[0];
  assert.deepEqual(lapor.viewCase(jsonl(a.log), JSON.stringify(V.agencies), "agency"), lapor.viewCase(jsonl(a.log), V.agencies, "agency"));
  throwsCode(assert, () => lapor.viewCase(jsonl(a.log), V.agencies, "admin"), "unknown_name");
});

test("privacy_attacks.json: replay refuses what commands refuse", () => {
  for (const a of V.replay) {
    throwsCode(assert, () => lapor.viewCase(jsonl(a.log), V.agencies, "national_admin"), "event_rejected", a.name);
    try {
      lapor.viewCase(jsonl(a.log), V.agencies, "national_admin");
    } catch (err) {
      assert.equal(err.reason.code, a.error.reason, a.name);
      assert.equal(err.line, a.error.line, a.name);
    }
  }
});

test("privacy_attacks.json: redaction with the reporter's identity", () => {
  for (const a of V.redaction) {
    const style = a.style_key_hex ? { pseudonymKeyHex: a.style_key_hex } : "label";
    const r = new lapor.Redactor(style).withIdentity(a.identity);
    const out = r.redact(a.text).text;
    check(a.name, out, a.absent, a.present);
    assert.equal(r.redact(out).text, out, a.name);
  }
  throwsCode(assert, () => new lapor.Redactor().withIdentity({ nama: "Siti" }), "json");
  // withNames matches the name loosely too.
  const r = new lapor.Redactor().withNames(["Siti Rahmawati"]);
  assert.equal(r.redact("foto KTP_Siti_Rahmawati.jpg, salam Rahmawati").text, "foto KTP_[PERSON].jpg, salam [PERSON]");
});

test("privacy_attacks.json: errors never quote the input", () => {
  for (const a of V.errors) {
    const run = a.target === "report"
      ? () => lapor.viewCase(jsonl([{ case: 1, at: "2025-03-03T02:00:00Z", actor: { role: "reporter" }, event: "submitted", report: JSON.parse(a.input) }]), V.agencies, "agency")
      : () => lapor.RegionCode.parse(a.input);
    assert.throws(run, (err) => {
      for (const text of [err.message, err.messageId, err.messageEn, JSON.stringify(err)]) check(a.name, String(text), a.absent);
      return true;
    }, a.name);
  }
});

test("privacy_attacks.json: pseudonym keys of 16 bytes or more", () => {
  for (const k of V.pseudonym_keys) {
    const run = () => lapor.redact("NIK 3273056010900009", { pseudonymKeyHex: k.key_hex });
    if (k.ok) assert.match(run().text, /^NIK \[NIK:[0-9a-f]{8}\]$/);
    else throwsCode(assert, run, "pseudonym_key", k.key_hex);
  }
});

test("privacy_attacks.json: forms warn and never echo", () => {
  const now = new Date("2025-03-10T00:00:00Z");
  for (const a of V.forms) {
    const out = lapor.validateReport(a.form, now);
    const issues = out.issues;
    if (a.warning) {
      assert.ok(issues.some((i) => i.code === a.warning.code && i.field === a.warning.field && i.piiKind === a.warning.pii_kind), a.name);
    }
    for (const i of issues) check(a.name, `${i.messageId} ${i.messageEn}`, a.absent ?? []);
  }
});

// views.json: the commands of each cell as the events they produce, replayed by viewCase.
const EVENT = { submit: "submitted", dispose: "disposed", follow_up: "followed_up", reply: "replied" };

test("views.json: every cell of the visibility matrix", () => {
  const m = vectors("views.json");
  assert.equal(m.cells.length, 4);
  for (const cell of m.cells) {
    const log = jsonl(cell.steps.map(({ at, actor, command: { command, ...fields } }) => ({
      case: m.tracking_id, at, actor, event: EVENT[command], ...fields,
    })));
    const where = `anonim=${cell.anonymous} rahasia=${cell.confidential}`;
    for (const [viewer, e] of Object.entries(cell.views)) {
      check(`${where} ${viewer}`, JSON.stringify(lapor.viewCase(log, m.agencies, viewer)), e.absent, e.present);
    }
    if (cell.agency_anonymous_body) {
      assert.equal(lapor.viewCase(log, m.agencies, "agency").body, cell.agency_anonymous_body, where);
    }
  }
});
