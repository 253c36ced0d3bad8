// node --test: WorkingCalendar, deadline and publicStatusLabel through the wasm binding, and
// tests/vectors/calendar_numpy.json and deadlines.json.
import { test } from "node:test";
import assert from "node:assert/strict";
import { lapor, vectors, throwsCode } from "./helpers.mjs";

const { WorkingCalendar } = lapor;

test("WorkingCalendar.indonesia: working days, offsets, counts", () => {
  const cal = WorkingCalendar.indonesia();
  assert.equal(cal.name, "Indonesia");
  assert.equal(cal.firstYear, 2024);
  assert.equal(cal.lastYear, 2040);
  assert.deepEqual([...cal.projectedYears].slice(0, 2), [2028, 2029]);
  // Idul Fitri 2025: 31 March and 1 April holidays, 2-4 and 7 April cuti bersama.
  assert.equal(cal.addWorkingDays("2025-03-27", 1), "2025-04-08");
  assert.equal(cal.isWorkingDay("2025-08-18"), false);
  assert.equal(cal.isWorkingDay("2025-08-19"), true);
  assert.equal(cal.workingDaysBetween("2025-03-27", "2025-04-08"), 1);
  assert.equal(cal.workingDaysBetween("2025-04-08", "2025-03-27"), -1);
  assert.equal(cal.addWorkingDays("2025-04-08", -1), "2025-03-27"); // 28 March: cuti bersama Nyepi
  const h = cal.holidays();
  assert.ok(h.length > 50);
  assert.deepEqual(Object.keys(h[0]).sort(), ["date", "kind", "name"]);
});

test("errors: calendar_range, bad dates and numbers", () => {
  const cal = WorkingCalendar.indonesia();
  throwsCode(assert, () => cal.addWorkingDays("2041-01-02", 1), "calendar_range");
  throwsCode(assert, () => cal.isWorkingDay("2023-12-31"), "calendar_range");
  throwsCode(assert, () => WorkingCalendar.indonesiaOfficial().addWorkingDays("2027-12-30", 5), "calendar_range");
  // Strings go through the core's strict YYYY-MM-DD parser, as in every binding.
  for (const bad of ["2025-02-30", "30/01/2025", "", "2026-3-17", " 2026-03-17", "+2026-03-17"]) {
    throwsCode(assert, () => cal.isWorkingDay(bad), "invalid_date", JSON.stringify(bad));
  }
  for (const bad of [20250101, null, new Date()]) {
    throwsCode(assert, () => cal.isWorkingDay(bad), "invalid_argument", String(bad));
  }
  for (const bad of [1.5, "1", NaN, Infinity, null, 2 ** 60]) {
    throwsCode(assert, () => cal.addWorkingDays("2025-01-02", bad), "invalid_argument", String(bad));
  }
  throwsCode(assert, () => cal.workingDaysBetween("2025-01-02", undefined), "invalid_argument");
});

test("addHolidays, toJson / fromJson", () => {
  const bali = WorkingCalendar.indonesia();
  bali.addHolidays([{ date: "2026-03-25", kind: "local", name: "Hari Raya Galungan" }]);
  assert.equal(bali.isWorkingDay("2026-03-25"), false);
  assert.equal(WorkingCalendar.indonesia().isWorkingDay("2026-03-25"), true);
  throwsCode(assert, () => bali.addHolidays([{ date: "2041-01-01", kind: "local", name: "x" }]), "calendar_range");
  assert.throws(
    () => bali.addHolidays([{ date: "2026-03-26", kind: "libur", name: "x" }]),
    (err) => err.code === "json" && err.path === "[0].kind",
  );
  throwsCode(assert, () => bali.addHolidays([{ date: "2026-03-26", kind: "local" }]), "json");
  throwsCode(assert, () => bali.addHolidays({ date: "2026-03-26" }), "invalid_argument");
  const copy = WorkingCalendar.fromJson(bali.toJson());
  assert.equal(copy.isWorkingDay("2026-03-25"), false);
  assert.equal(copy.toJson(), bali.toJson());
  const tiny = WorkingCalendar.fromJson('{"name": "Kantor", "years": [2027], "holidays": []}');
  assert.equal(tiny.addWorkingDays("2027-01-01", 1), "2027-01-04");
  throwsCode(assert, () => WorkingCalendar.fromJson("{"), "json");
  throwsCode(assert, () => WorkingCalendar.fromJson('{"name": "x", "years": [2024, 2026], "holidays": []}'), "calendar_years");
  throwsCode(assert, () => WorkingCalendar.fromJson(42), "invalid_argument");
});

test("deadline: budgets, zones, pauses and errors", () => {
  // Monday 24 November 2025 10:00 WIB, 3 working days: end of Thursday.
  const start = new Date("2025-11-24T03:00:00Z");
  const { due, provisional } = lapor.deadline(start, { working_days: 3 }, "WIB");
  assert.ok(due instanceof Date);
  assert.equal(provisional, false);
  assert.equal(due.toISOString(), "2025-11-27T17:00:00.000Z");
  assert.equal(lapor.deadline(start, { working_days: 3 }, "wib", []).due.toISOString(), due.toISOString());
  assert.equal(lapor.deadline(start, { calendar_days: 0 }, "WIT").due.getTime(), start.getTime());
  assert.equal(
    WorkingCalendar.indonesia().deadline(start, { working_days: 3 }, "WIB").due.toISOString(),
    due.toISOString(),
  );
  const paused = lapor.deadline(start, { working_days: 3 }, "WIB", [
    { start: new Date("2025-11-24T04:00:00Z"), end: new Date("2025-11-26T02:00:00Z") },
  ]);
  assert.equal(paused.due.toISOString(), "2025-11-28T17:00:00.000Z");
  // The one budget shape of every binding (the core's JSON); anything else is named.
  for (const budget of [{}, { working_days: 1, calendar_days: 2 }, { days: 3 }, { workingDays: 3 }, { working_days: -1 }, { working_days: 1.5 }, { working_days: "3" }]) {
    throwsCode(assert, () => lapor.deadline(start, budget, "WIB"), "json", JSON.stringify(budget));
  }
  for (const budget of [3, null, "working_days", [3]]) {
    throwsCode(assert, () => lapor.deadline(start, budget, "WIB"), "invalid_argument", JSON.stringify(budget));
  }
  // Bounded: a budget of a billion days is a typed error, not a date 2.7 million years away.
  for (const budget of [{ calendar_days: 1e9 }, { working_hours: 1e15 }, { working_days: 2601 }, { working_hours: 22101 }, { calendar_days: 3661 }]) {
    assert.throws(
      () => lapor.deadline(start, budget, "WIB"),
      (err) => err.code === "budget_too_large" && err.category === "validation" && typeof err.max === "number",
      JSON.stringify(budget),
    );
  }
  assert.ok(lapor.deadline(start, { calendar_days: 3660 }, "WIB").due instanceof Date);
  throwsCode(assert, () => lapor.deadline(start, { working_days: 1 }, "CET"), "unknown_name");
  throwsCode(assert, () => lapor.deadline(start, { working_days: 1 }, 7), "invalid_argument");
  throwsCode(assert, () => lapor.deadline("2025-11-24", { working_days: 1 }, "WIB"), "invalid_argument");
  throwsCode(assert, () => lapor.deadline(new Date(NaN), { working_days: 1 }, "WIB"), "invalid_argument");
  throwsCode(assert, () => lapor.deadline(start, { working_days: 1 }, "WIB", [[start]]), "invalid_argument");
  throwsCode(assert, () => lapor.deadline(start, { working_days: 1 }, "WIB", "x"), "invalid_argument");
  throwsCode(
    assert,
    () => lapor.deadline(start, { working_days: 1 }, "WIB", [[new Date("2025-11-25T00:00:00Z"), start]]),
    "invalid_interval",
  );
  throwsCode(assert, () => lapor.deadline(new Date("2040-12-30T00:00:00Z"), { working_days: 10 }, "WIB"), "calendar_range");
  throwsCode(
    assert,
    () => WorkingCalendar.indonesiaOfficial().deadline(new Date("2027-12-28T03:00:00Z"), { working_days: 10 }, "WIB"),
    "calendar_range",
  );
});

test("2027 official, 2029 projected and flagged, official data loaded over a projected year", () => {
  // Monday 28 December 2026 10:00 WIB + 5 working days: 29-31 Dec, 4 and 6 Jan (1 and 5 Jan off).
  const jan = lapor.deadline(new Date("2026-12-28T03:00:00Z"), { working_days: 5 }, "WIB");
  assert.equal(jan.due.toISOString(), "2027-01-06T17:00:00.000Z");
  assert.equal(jan.provisional, false);
  const cal = WorkingCalendar.indonesia();
  assert.equal(cal.addWorkingDays("2026-12-29", 3), "2027-01-04");
  const later = lapor.deadline(new Date("2029-06-04T03:00:00Z"), { working_days: 5 }, "WIB");
  assert.equal(later.provisional, true);
  assert.equal(later.due.getUTCFullYear(), 2029);
  assert.equal(cal.isProjected("2029-06-04"), true);
  assert.equal(cal.isProjected("2027-06-04"), false);
  cal.loadOfficialYears(
    '{"years": [{"year": 2028, "source": "SKB 3 Menteri 2027", "holidays": [{"date": "2028-01-03", "kind": "cuti_bersama", "name": "Cuti"}]}]}',
  );
  assert.equal(cal.isProjected("2028-06-01"), false);
  assert.equal(cal.isWorkingDay("2028-01-03"), false);
  assert.throws(
    () => cal.loadOfficialYears('{"years": [{"year": 2028, "source": "x", "holidays": []}]}'),
    (err) => err.code === "calendar_entry" && err.entry === "years[0]" && err.problem === "already_official",
  );
  throwsCode(assert, () => cal.loadOfficialYears(3), "invalid_argument");
});

test("publicStatusLabel", () => {
  assert.equal(lapor.publicStatusLabel("in_progress", "id"), "Proses");
  assert.equal(lapor.publicStatusLabel("in_progress", "en"), "In process");
  assert.equal(lapor.publicStatusLabel("disposed"), "Belum Ditindaklanjuti");
  assert.equal(lapor.publicStatusLabel("submitted", "EN"), "Not yet verified");
  const all = ["submitted", "postponed", "disposed", "in_progress", "resolved", "archived", "deleted"];
  for (const s of all) {
    assert.ok(lapor.publicStatusLabel(s, "id").length > 0);
    assert.ok(lapor.publicStatusLabel(s, "en").length > 0);
  }
  assert.throws(
    () => lapor.publicStatusLabel("closed", "id"),
    (err) => err.code === "unknown_name" && err.what === "status" && err.value === undefined,
  );
  throwsCode(assert, () => lapor.publicStatusLabel("resolved", "fr"), "unknown_name");
  throwsCode(assert, () => lapor.publicStatusLabel(3, "id"), "invalid_argument");
  throwsCode(assert, () => lapor.publicStatusLabel("resolved", 1), "invalid_argument");
});

test("shared vectors: calendar_numpy.json", () => {
  const v = vectors("calendar_numpy.json");
  const cal = WorkingCalendar.indonesiaOfficial();
  assert.deepEqual(cal.holidays().map((h) => h.date), v.holidays);
  const base = Date.parse(`${v.base}T00:00:00Z`);
  const date = (i) => new Date(base + i * 86400000).toISOString().slice(0, 10);
  let checked = 0;
  for (let i = 0; i < v.days; i++) {
    const d = date(i);
    assert.equal(cal.isWorkingDay(d), v.working[i] === 1, d);
    v.n.forEach((n, j) => {
      const want = n < 0 ? v.forward[i][j] : v.backward[i][j];
      if (want === null) {
        throwsCode(assert, () => cal.addWorkingDays(d, n), "calendar_range", `${d} ${n}`);
      } else {
        assert.equal(cal.addWorkingDays(d, n), date(want), `${d} ${n}`);
      }
      checked++;
    });
  }
  assert.equal(checked, 1461 * 14);
  for (const [a, b, count] of v.between) {
    assert.equal(cal.workingDaysBetween(date(a), date(b)), count, `(${a}, ${b}]`);
  }
});

test("shared vectors: deadlines.json", () => {
  const v = vectors("deadlines.json");
  for (const c of v.cases) {
    const budget = c.budget;
    const pauses = (c.pauses ?? []).map(([a, b]) => [new Date(a), new Date(b)]);
    const official = WorkingCalendar.indonesiaOfficial();
    const run = () => official.deadline(new Date(c.start), budget, c.zone, pauses);
    if (c.error) {
      throwsCode(assert, run, c.error, c.name);
    } else {
      assert.equal(run().due.getTime(), Date.parse(c.deadline), c.name);
    }
  }
});
