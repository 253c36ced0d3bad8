// Type-checked by `tsc --noEmit` (scripts/test.sh): the committed declarations describe the API
// the way a TypeScript caller uses it.
import { RegionCode } from "../types/lapor_wasm";

export function describe(input: string): string {
  const code: RegionCode = RegionCode.parse(input);
  const offset: number = code.utcOffsetHours;
  const parent: string | undefined = code.parent?.code;
  const within: boolean = code.isWithin(RegionCode.parse("64"));
  return `${code.code} ${code.level} ${code.timeZone} UTC+${offset} ${parent ?? "-"} ${within}`;
}

import {
  validateReport,
  detectPii,
  redact,
  Redactor,
  WorkingCalendar,
  deadline,
  publicStatusLabel,
  viewCase,
} from "../types/lapor_wasm";
import type {
  ReportFormInput,
  ValidationResult,
  ValidationIssue,
  PiiSpan,
  PiiKindLabel,
  Redacted,
  RedactStyle,
  Budget,
  Pause,
  HolidayInput,
  Deadline,
  ReporterIdentity,
  Viewer,
} from "../types/lapor_wasm";

export function check(form: ReportFormInput, now?: Date): string[] {
  const result: ValidationResult = validateReport(form, now);
  const again: ValidationResult = validateReport({ title: "Jalan rusak", anonim: true, attachments: [] });
  const first: ValidationIssue | undefined = result.issues[0] ?? again.issues[0];
  const kind: PiiKindLabel | null = first?.piiKind ?? null;
  return result.issues.map(
    (i) => `${i.severity} ${i.code} ${i.field} ${i.messageId} ${i.messageEn} ${kind ?? "-"} ${result.valid}`,
  );
}

export function privacy(text: string): string {
  const spans: PiiSpan[] = detectPii(text);
  const values: string[] = spans.map((s) => `${s.kind}:${text.slice(s.start, s.end)}:${s.confidence}`);
  const styles: RedactStyle[] = ["label", "mask", { pseudonymKey: "k" }, { pseudonymKey: new Uint8Array([1]) }, { pseudonymKeyHex: "00ff" }];
  const outs: Redacted[] = styles.map((s) => redact(text, s));
  const r: Redactor = new Redactor("mask").withNames(["Siti Aminah"]).withKinds(["PERSON", "NIK"]);
  const kinds: PiiKindLabel[] = r.kinds;
  return [redact(text).text, ...values, ...outs.map((o) => o.text), r.redact(text).text, ...kinds].join("\n");
}

export function calendar(): [boolean, string, number, Date, Date, string] {
  const cal: WorkingCalendar = WorkingCalendar.indonesia();
  const local: HolidayInput = { date: "2026-03-25", kind: "local", name: "Galungan" };
  cal.addHolidays([local]);
  const copy: WorkingCalendar = WorkingCalendar.fromJson(cal.toJson());
  const budget: Budget = { working_days: 3 };
  const pauses: Pause[] = [[new Date(0), new Date(1)], { start: new Date(2), end: new Date(3) }];
  const d: Deadline = deadline(new Date(), budget, "WIB", pauses);
  const due: Date = d.due;
  const provisional: boolean = d.provisional && copy.isProjected("2029-01-02");
  const due2: Date = copy.deadline(new Date(), { working_hours: 4 }, "wita").due;
  const projected: Int32Array = copy.projectedYears;
  copy.loadOfficialYears('{"years": []}');
  void WorkingCalendar.indonesiaOfficial();
  void provisional;
  void projected;
  const holidays: HolidayInput[] = copy.holidays();
  return [
    copy.isWorkingDay("2026-03-25"),
    copy.addWorkingDays("2026-03-24", 1),
    copy.workingDaysBetween("2026-03-01", "2026-03-31") + copy.firstYear + copy.lastYear + holidays.length,
    due,
    due2,
    `${copy.name} ${publicStatusLabel("in_progress", "en")} ${publicStatusLabel("resolved")}`,
  ];
}

// viewCase and Redactor.withIdentity.
export function agencyView(log: string, agencies: object[]): object {
  const who: ReporterIdentity = { name: "Siti Rahmawati", nik: "6474014506900001", email: null };
  new Redactor("label").withIdentity(who).redact("Siti");
  const viewer: Viewer = "agency";
  return viewCase(log, agencies, viewer);
}
