// A command-line program on the JVM using lapor through its Kotlin binding (lapor-ffi):
// it checks a citizen's report form, warns about personal data, files the report as a case,
// follows it through an agency and prints its timeline with the public status labels and the
// SLA deadlines.
//
//   cargo build -p lapor-ffi --lib --profile release-ffi
//   cargo run -p lapor-ffi --bin uniffi-bindgen -- generate --library target/release-ffi/liblapor_ffi.so --language kotlin --out-dir out
//   kotlinc out/uniffi/lapor/lapor.kt Main.kt -cp jna.jar -d example.jar
//   java -Djna.library.path=target/release-ffi -cp example.jar:jna.jar:kotlin-stdlib.jar MainKt examples/data/agencies.json
import uniffi.lapor.Actor
import uniffi.lapor.CaseTimeline
import uniffi.lapor.LaporException
import uniffi.lapor.RedactStyle
import uniffi.lapor.ReportForm
import uniffi.lapor.Role
import uniffi.lapor.TimeZone
import uniffi.lapor.WorkingCalendar
import uniffi.lapor.Budget
import uniffi.lapor.Holder
import uniffi.lapor.redact
import uniffi.lapor.validateReport
import java.io.File
import java.time.Instant
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter

private val wib = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm").withZone(ZoneOffset.ofHours(7))

private fun show(t: Instant) = wib.format(t) + " WIB"

private fun holder(h: Holder) = when (h) {
    is Holder.NationalAdmin -> "admin nasional"
    is Holder.Agency -> h.id
}

fun main(args: Array<String>) {
    val agencies = File(args.getOrElse(0) { "examples/data/agencies.json" }).readText()

    println("== 1. Form check (validateReport)")
    val form = ReportForm(
        title = "Puskesmas kehabisan obat hipertensi",
        body = "Sudah dua minggu obat hipertensi kosong di Puskesmas \"Dumai Kota\".\n" +
            "Saya Budi Santoso, HP 0812-3456-7890, sudah tiga kali datang. 😟",
        incidentDate = "2026-03-10",
        regionCode = "14.72.01",
        anonymous = true,
        reporterEmail = "budi88@gmail.com",
    )
    val submittedAt = Instant.parse("2026-03-16T02:00:00Z")
    val check = validateReport(form, submittedAt)
    println("valid: ${check.valid}")
    for (issue in check.issues) {
        println("  ${issue.severity} ${issue.code} (${issue.field}): ${issue.messageId}")
    }
    val redacted = redact(form.body, RedactStyle.Label)
    println("public text: ${redacted.text}")
    for (s in redacted.spans) {
        println("  ${s.kind} at UTF-16 ${s.start}..${s.end}: ${form.body.substring(s.start.toInt(), s.end.toInt())}")
    }

    println()
    println("== 2. The case (CaseTimeline)")
    val report = """{"kind": "complaint", "title": ${quote(form.title)}, "body": ${quote(redacted.text)},
        "incident_date": "2026-03-10", "channel": "android", "location": {"region": "14.72.01"}}"""
    val case = CaseTimeline.submit(report, agencies, 1916449uL, Actor(Role.REPORTER), submittedAt)
    val admin = Actor(Role.NATIONAL_ADMIN)
    case.handle(admin, """{"command": "dispose", "agency": "dinkes-dumai"}""", Instant.parse("2026-03-17T02:00:00Z"))
    val dinkes = Actor(Role.AGENCY_ADMIN, "dinkes-dumai")
    case.handle(dinkes, """{"command": "sub_dispose", "unit": "pkm-dumai-1"}""", Instant.parse("2026-03-17T04:00:00Z"))
    try {
        case.handle(Actor(Role.REPORTER), """{"command": "close"}""", Instant.parse("2026-03-18T01:00:00Z"))
    } catch (e: LaporException) {
        println("refused (${e.code}): ${e.messageId} / ${e.message}")
    }
    val unit = Actor(Role.LIAISON_OFFICER, "pkm-dumai-1")
    case.handle(unit, """{"command": "follow_up", "text": "Obat sudah dipesan, tiba Kamis."}""", Instant.parse("2026-03-18T03:00:00Z"))

    // What a phone receives: the log; it rebuilds the timeline offline.
    val asOf = Instant.parse("2026-03-25T00:00:00Z")
    val timeline = CaseTimeline(case.eventLog(), agencies, asOf)
    println("case #${timeline.trackingId()}, as of ${show(asOf)}")
    for (e in timeline.entries()) {
        println("  ${show(e.at)}  %-12s  %-22s / %-20s  %s".format(e.event, e.labelId, e.labelEn, holder(e.holder)))
    }
    println("SLA:")
    for (m in timeline.metrics()) {
        val who = m.responsibleAgency ?: "admin nasional"
        println("  %-16s %-8s due %s  (%s)".format(m.metric, m.state, show(m.due), who))
    }

    println()
    println("== 3. Working days (WorkingCalendar)")
    val cal = WorkingCalendar.indonesia()
    println("2026-03-19 (Nyepi) working day? ${cal.isWorkingDay("2026-03-19")}")
    println("5 working days after 2026-03-17: ${cal.addWorkingDays("2026-03-17", 5)}")
    val due = cal.deadline(Instant.parse("2026-03-17T02:00:00Z"), Budget.WorkingDays(5u), TimeZone.WIB)
    println("deadline of 5 working days from the disposition: ${show(due.due)} (provisional: ${due.provisional})")
    val jan = cal.deadline(Instant.parse("2026-12-28T03:00:00Z"), Budget.WorkingDays(5u), TimeZone.WIB)
    println("5 working days from 28 December 2026: ${show(jan.due)} (provisional: ${jan.provisional})")
}

/** `s` as a JSON string: quotes, backslashes and control characters (a newline typed in the
 * form) escaped. */
private fun quote(s: String): String = buildString {
    append('"')
    for (c in s) {
        when {
            c == '"' -> append("\\\"")
            c == '\\' -> append("\\\\")
            c < ' ' -> append("\\u%04x".format(c.code))
            else -> append(c)
        }
    }
    append('"')
}
