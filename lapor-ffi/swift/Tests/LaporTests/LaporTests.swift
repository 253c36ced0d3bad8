// XCTest of the Swift binding. Written for macOS (`swift test` after generate.sh); it has NOT
// been compiled or run: the project's CI has no Swift compiler.
import Foundation
import XCTest
@testable import Lapor

final class LaporTests: XCTestCase {
    private func instant(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    func testRegionCode() throws {
        let info = try parseRegionCode(code: "6474011001")
        XCTAssertEqual(info.code, "64.74.01.1001")
        XCTAssertEqual(info.timeZone, .wita)
    }

    func testValidateReport() throws {
        let form = ReportForm(
            title: "Jalan berlubang di depan SDN 3",
            body: "Sudah tiga bulan jalan berlubang, NIK saya 3273056010900009.",
            incidentDate: "2026-11-20",
            anonymous: true
        )
        let result = try validateReport(form: form, now: instant("2026-12-01T03:00:00Z"))
        XCTAssertTrue(result.valid)
        XCTAssertTrue(result.issues.contains { $0.code == "pii_in_text_anonymous" && $0.piiKind == .nik })
    }

    func testPiiOffsetsAreUtf16() {
        let text = "😀 NIK: 32.73.05.601090.0009 (format bertitik)"
        let spans = detectPii(text: text)
        XCTAssertEqual(spans.count, 1)
        XCTAssertEqual(spans[0].start, 8)  // the emoji is two UTF-16 code units
        let utf16 = Array(text.utf16)
        let value = String(utf16CodeUnits: Array(utf16[Int(spans[0].start)..<Int(spans[0].end)]),
                           count: Int(spans[0].end - spans[0].start))
        XCTAssertEqual(value, "32.73.05.601090.0009")
        XCTAssertEqual(redact(text: text, style: .label).text, "😀 NIK: [NIK] (format bertitik)")
    }

    func testCalendarAndTypedErrors() throws {
        let cal = WorkingCalendar.indonesia()
        XCTAssertFalse(try cal.isWorkingDay(date: "2025-08-18"))
        let due = try cal.deadline(start: instant("2025-11-24T03:00:00Z"), budget: .workingDays(days: 3), zone: .wib)
        XCTAssertEqual(due.due, instant("2025-11-27T17:00:00Z"))
        XCTAssertFalse(due.provisional)
        XCTAssertThrowsError(try WorkingCalendar.indonesiaOfficial().isWorkingDay(date: "2030-01-01")) { error in
            guard case let LaporError.Calendar(code, _, _, _, date, years, _, _) = error else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(code, "calendar_range")
            XCTAssertEqual(date, "2030-01-01")
            XCTAssertEqual(years, [2024, 2027])
        }
    }

    func testCaseTimeline() throws {
        let agencies = """
        [{"id": "kemenpanrb", "name": "KemenPANRB", "level": "national"},
         {"id": "dinkes", "name": "Dinas Kesehatan", "level": "opd", "parent": "kemenpanrb", "regions": ["64.74"]}]
        """
        let report = """
        {"kind": "complaint", "title": "Obat kosong", "body": "Sudah dua minggu.", "incident_date": "2026-03-10", "channel": "ios"}
        """
        let t = try CaseTimeline.submit(reportJson: report, directoryJson: agencies, trackingId: 7,
                                        actor: Actor(role: .reporter), at: instant("2026-03-16T02:00:00Z"))
        _ = try t.handle(actor: Actor(role: .nationalAdmin), commandJson: #"{"command": "dispose", "agency": "dinkes"}"#,
                         at: instant("2026-03-17T02:00:00Z"))
        let rebuilt = try CaseTimeline(eventLog: t.eventLog(), directoryJson: agencies, asOf: instant("2026-03-18T00:00:00Z"))
        XCTAssertEqual(rebuilt.entries().map { $0.labelId }, ["Belum Terverifikasi", "Belum Ditindaklanjuti"])
        XCTAssertEqual(rebuilt.holder(), .agency(id: "dinkes"))
        XCTAssertTrue(try rebuilt.metrics().contains { $0.metric == .completion && $0.state == .running })
        XCTAssertThrowsError(try t.handle(actor: Actor(role: .reporter), commandJson: #"{"command": "close"}"#,
                                          at: instant("2026-03-18T02:00:00Z"))) { error in
            guard case let LaporError.IllegalTransition(code, _, _, _, status, command) = error else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(code, "illegal_transition")
            XCTAssertEqual(status, "disposed")
            XCTAssertEqual(command, "close")
        }
    }
}
