// Types and run time agree: every case below is type-checked by tsc (tests/tsconfig.json, against
// the committed declarations) and run by types.runtime.test.mjs (against the package), which
// reads this file. A case is a block `{ … }` at the start of a line, in plain JavaScript, and
// says what both must do:
//
//   // @ts-expect-error CODE: why   the types refuse it (tsc fails if they accept it) and the
//                                  run time throws a LaporError with code CODE
//   // accepted: why               the types accept it and the run time does not throw
//   // run time only CODE: why     the types cannot see it (a value only known at run time, or
//                                  not expressible in TypeScript): the run time throws CODE
//
// `now` is a Date; every export of the package is in scope.
import {
  validateReport,
  deadline,
  WorkingCalendar,
  Redactor,
  RegionCode,
  redact,
  detectPii,
  publicStatusLabel,
  viewCase,
} from "../types/lapor_wasm";
import type { Budget, ReportFormInput } from "../types/lapor_wasm";

declare const now: Date;

// ---------------------------------------------------------------- the report form

{
  // @ts-expect-error json: an unknown field in an object literal
  validateReport({ titel: "Jalan rusak" }, now);
}

{
  const form = { title: "Jalan rusak", titel: "typo" };
  // @ts-expect-error json: an unknown field in a variable (structural typing lets it through without the check)
  validateReport(form, now);
}

{
  const form = { attachments: [{ name: "a.jpg", media_type: "image/jpeg", size_bytes: 10, path: "/tmp/a.jpg" }] };
  // @ts-expect-error json: an unknown field in an attachment, in a variable
  validateReport(form, now);
}

{
  // @ts-expect-error json: anonim and anonymous both given
  validateReport({ anonim: true, anonymous: false }, now);
}

{
  const flags = { rahasia: "on", confidential: true };
  // @ts-expect-error json: rahasia and confidential both given, in a variable
  validateReport(flags, now);
}

{
  // @ts-expect-error json: a text that is not a yes/no
  validateReport({ anonim: "maybe" }, now);
}

{
  // @ts-expect-error json: a number other than 0 and 1 for a flag
  validateReport({ anonim: 2 }, now);
}

{
  // @ts-expect-error json: a number for a text
  validateReport({ title: 5 }, now);
}

{
  // @ts-expect-error json: null for the title (it may be omitted, not null)
  validateReport({ title: null }, now);
}

{
  // @ts-expect-error json: an unknown kind
  validateReport({ kind: "laporan" }, now);
}

{
  // @ts-expect-error json: an attachment without its size
  validateReport({ attachments: [{ name: "a.jpg", media_type: "image/jpeg" }] }, now);
}

{
  // @ts-expect-error json: a size as text
  validateReport({ attachments: [{ name: "a.jpg", media_type: "image/jpeg", size_bytes: "10" }] }, now);
}

{
  // @ts-expect-error json: null for the attachments
  validateReport({ attachments: null }, now);
}

{
  // @ts-expect-error invalid_argument: a Map is not a plain object
  validateReport(new Map([["title", "Jalan rusak"]]), now);
}

{
  // @ts-expect-error invalid_argument: a Date is not a form
  validateReport(new Date(), now);
}

{
  // @ts-expect-error invalid_argument: a string is not a form
  validateReport("title=Jalan+rusak", now);
}

{
  // @ts-expect-error invalid_argument: now as text
  validateReport({ title: "Jalan rusak" }, "2026-12-01");
}

{
  // @ts-expect-error invalid_argument: now as milliseconds
  validateReport({ title: "Jalan rusak" }, 1764558000000);
}

{
  // accepted: a checkbox's "on" and a number field's text, as an HTML form sends them
  validateReport({ title: "Jalan rusak", anonim: "on", latitude: "0.13", longitude: "117,5" }, now);
}

{
  // accepted: flags in upper case, capitalised, as 0 and 1, and "tidak"
  validateReport({ anonim: "ON", rahasia: 0, reporter_phone: null }, now);
  validateReport({ anonymous: "Ya", confidential: 1 }, now);
  validateReport({ anonymous: "tidak", confidential: "" }, now);
}

{
  // accepted: text read from an input element (type string) for a number field
  const latitude = String(0.13);
  validateReport({ latitude, longitude: String(117.5) }, now);
}

{
  // accepted: the kinds' Indonesian aliases
  validateReport({ kind: "pengaduan" }, now);
  validateReport({ kind: "permintaan_informasi" }, now);
}

{
  // accepted: NaN coordinates are the coordinates_invalid finding, not an error
  validateReport({ latitude: NaN, longitude: 117.5 }, now);
  validateReport({ latitude: 0.13, longitude: Infinity }, now);
}

{
  // accepted: nulls, empty lists and omitted fields; now null or omitted
  validateReport({ title: "Jalan rusak", incident_date: null, region_code: null, attachments: [], kind: null }, null);
  validateReport({});
}

{
  // accepted: a form in a variable, and one passed along by a function typed with ReportFormInput
  const form = { title: "Jalan rusak", body: "Sudah tiga bulan.", anonim: true };
  validateReport(form, now);
  const check = (f: ReportFormInput) => validateReport(f, now);
  check({ ...form, latitude: null });
}

{
  // accepted: an attachment list built elsewhere
  const attachments = [{ name: "a.jpg", media_type: "image/jpeg", size_bytes: 10 }];
  validateReport({ attachments }, now);
}

{
  // accepted: empty number fields (none), and the reporter's contact details
  validateReport({ latitude: "", longitude: "" }, now);
  validateReport({ reporter_email: "siti@example.id", reporter_nik: "3273056010900009", reporter_name: "Siti" }, now);
}

{
  // run time only json: a text that holds no number (the type is string: what an input gives)
  validateReport({ latitude: "abc", longitude: "117" }, now);
}

{
  // run time only json: a negative size (the type is number)
  validateReport({ attachments: [{ name: "a.jpg", media_type: "image/jpeg", size_bytes: -1 }] }, now);
}

// ---------------------------------------------------------------- deadlines

{
  // @ts-expect-error json: a budget with two units
  deadline(now, { working_days: 1, calendar_days: 2 }, "WIB");
}

{
  const budget = { working_days: 1, calendar_days: 2 };
  // @ts-expect-error json: a budget with two units, in a variable
  deadline(now, budget, "WIB");
}

{
  // @ts-expect-error json: a negative amount
  deadline(now, { working_days: -1 }, "WIB");
}

{
  // @ts-expect-error json: a fractional amount
  deadline(now, { working_hours: 1.5 }, "WIB");
}

{
  const budget = { working_days: 3, note: "SLA" };
  // @ts-expect-error json: a field beside the unit, in a variable
  deadline(now, budget, "WIB");
}

{
  // @ts-expect-error json: the camelCase units of an earlier version
  deadline(now, { workingDays: 3 }, "WIB");
}

{
  // @ts-expect-error json: no unit
  deadline(now, {}, "WIB");
}

{
  // @ts-expect-error json: an amount as text
  deadline(now, { working_days: "3" }, "WIB");
}

{
  // @ts-expect-error invalid_argument: a number for a budget
  deadline(now, 3, "WIB");
}

{
  // @ts-expect-error unknown_name: not an Indonesian time zone
  deadline(now, { working_days: 1 }, "CET");
}

{
  // @ts-expect-error invalid_argument: a UTC offset for a zone
  deadline(now, { working_days: 1 }, 7);
}

{
  // @ts-expect-error invalid_argument: a start as text
  deadline("2025-11-24", { working_days: 1 }, "WIB");
}

{
  // @ts-expect-error invalid_argument: a pause without its end
  deadline(now, { working_days: 1 }, "WIB", [[now]]);
}

{
  // accepted: IANA names, and the zones in lower case
  deadline(now, { working_days: 1 }, "Asia/Makassar");
  deadline(now, { working_days: 1 }, "asia/jayapura");
  deadline(now, { working_hours: 4 }, "ASIA/PONTIANAK");
  deadline(now, { calendar_days: 14 }, "wita");
}

{
  // accepted: a budget typed Budget, an amount in a variable, zero, and both kinds of pause
  const budget: Budget = { calendar_days: 2 };
  deadline(now, budget, "WIT");
  const hours = Number("4");
  deadline(now, { working_hours: hours }, "WIB", [[now, now], { start: now, end: now }]);
  deadline(now, { calendar_days: 0 }, "WIB", null);
}

{
  // accepted: the method, the same types
  WorkingCalendar.indonesia().deadline(now, { working_days: 3 }, "Asia/Jakarta");
}

{
  // run time only json: a fractional amount in a variable (the type is number)
  const days = Number("1.5");
  deadline(now, { working_days: days }, "WIB");
}

{
  // run time only json: a negative amount in a variable
  const days = Number("-1");
  deadline(now, { working_days: days }, "WIB");
}

{
  // run time only budget_too_large: over ten years (2,600 working days)
  deadline(now, { working_days: 2601 }, "WIB");
}

{
  // run time only budget_too_large: a billion calendar days
  deadline(now, { calendar_days: 1e9 }, "WIB");
}

// ---------------------------------------------------------------- calendars, regions, privacy

{
  // @ts-expect-error invalid_argument: a calendar is made by its factories
  new WorkingCalendar();
}

{
  // accepted: a calendar's factories and methods
  const calendar = WorkingCalendar.fromJson(WorkingCalendar.indonesiaOfficial().toJson());
  calendar.addHolidays([{ date: "2026-03-25", kind: "local", name: "Galungan" }]);
  calendar.isWorkingDay("2026-03-25");
  calendar.addWorkingDays("2026-03-24", -2);
}

{
  // @ts-expect-error invalid_argument: a date as a number
  WorkingCalendar.indonesia().isWorkingDay(20260317);
}

{
  // @ts-expect-error invalid_argument: a count as text
  WorkingCalendar.indonesia().addWorkingDays("2026-03-17", "1");
}

{
  // @ts-expect-error json: an unknown kind of holiday
  WorkingCalendar.indonesia().addHolidays([{ date: "2026-03-25", kind: "regional", name: "Galungan" }]);
}

{
  // @ts-expect-error invalid_argument: JSON as an object, not text
  WorkingCalendar.fromJson({ name: "x" });
}

{
  // run time only invalid_date: a date not written YYYY-MM-DD (the type is string)
  WorkingCalendar.indonesia().isWorkingDay("2026-3-17");
}

{
  // run time only calendar_range: a year the calendar does not cover
  WorkingCalendar.indonesia().isWorkingDay("2041-01-02");
}

{
  // run time only invalid_argument: a fractional count (the type is number)
  WorkingCalendar.indonesia().addWorkingDays("2026-03-17", 1.5);
}

{
  // @ts-expect-error invalid_argument: a plain object for a RegionCode
  RegionCode.parse("64.74").isWithin({});
}

{
  // @ts-expect-error invalid_argument: a code as a number
  RegionCode.parse(6474);
}

{
  // run time only invalid_argument: an object used after free()
  const region = RegionCode.parse("64");
  region.free();
  RegionCode.parse("64.74").isWithin(region);
}

{
  // accepted: a region inside another
  RegionCode.parse("64.74.01").isWithin(RegionCode.parse("64"));
}

{
  // @ts-expect-error invalid_argument: an unknown redaction style
  redact("HP 0812-3456-7890", "stars");
}

{
  // @ts-expect-error invalid_argument: an unknown kind label
  new Redactor().withKinds(["SSN"]);
}

{
  // @ts-expect-error json: an unknown field of the reporter's identity
  new Redactor().withIdentity({ nama: "Siti Rahmawati" });
}

{
  // @ts-expect-error invalid_argument: a number to scan
  detectPii(3273056010900009);
}

{
  // accepted: styles, names and identities
  redact("NIK 3273056010900009", { pseudonymKey: "0123456789abcdef" });
  new Redactor("mask").withNames(["Siti Aminah"]).withIdentity({ name: "Siti", nik: null }).redact("Siti");
}

{
  // run time only pseudonym_key: a key shorter than 16 bytes (the type is string)
  redact("NIK 3273056010900009", { pseudonymKey: "short" });
}

{
  // accepted: kinds, and the public labels
  new Redactor().withKinds(["NIK", "PHONE"]).detect("HP 0812-3456-7890");
  publicStatusLabel("in_progress", "en");
  publicStatusLabel("resolved");
}

{
  // @ts-expect-error unknown_name: an unknown status
  publicStatusLabel("done");
}

{
  // @ts-expect-error unknown_name: an unknown language
  publicStatusLabel("resolved", "fr");
}

{
  // @ts-expect-error unknown_name: an unknown viewer
  viewCase("", [], "admin");
}

{
  // run time only empty_log: a log without any event
  viewCase("", [], "public");
}
