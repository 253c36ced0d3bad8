// JUnit 4 tests of the Kotlin error contract (one LaporException base with code, category,
// messageId, messageEn and fields; a readable message; typed errors for strings that are not
// valid Unicode), readable toString() of enums, and tests/vectors/validation.json.
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import uniffi.lapor.Budget
import uniffi.lapor.Holder
import uniffi.lapor.LaporException
import uniffi.lapor.RedactStyle
import uniffi.lapor.ReportForm
import uniffi.lapor.TimeZone
import uniffi.lapor.WorkingCalendar
import uniffi.lapor.detectPii
import uniffi.lapor.parseRegionCode
import uniffi.lapor.redact
import uniffi.lapor.reportFormFromJson
import uniffi.lapor.validateReport
import java.time.Instant

class ErrorContractTest {
    private val now = Instant.parse("2026-12-01T03:00:00Z")

    /** Runs [block], which must throw a LaporException; returns it. */
    private fun thrown(block: () -> Unit): LaporException {
        try {
            block()
        } catch (e: LaporException) {
            return e
        }
        fail("expected a LaporException")
        throw AssertionError()
    }

    @Test
    fun theBaseClassHasTheCodeAndMessagesWithoutAWhen() {
        val errors = listOf(
            thrown { parseRegionCode("97") },
            thrown { reportFormFromJson("""{"titel": "x"}""") },
            thrown { WorkingCalendar.indonesia().addWorkingDays("2100-01-01", 1) },
        )
        assertEquals(listOf("unknown_province", "json", "calendar_range"), errors.map { it.code })
        assertEquals(listOf("parse", "parse", "calendar"), errors.map { it.category })
        for (e in errors) {
            // message is the English message, not a dump of the fields.
            assertEquals(e.messageEn, e.message)
            assertFalse(e.message, e.message!!.contains("code="))
            assertTrue(e.messageId.isNotEmpty() && e.messageId != e.messageEn)
            // toString() is the readable message too.
            assertEquals(e.messageEn, e.toString())
        }
        assertEquals("97", errors[0].fields["province"])
        // Field names are named (values never are).
        assertTrue(errors[1].message, errors[1].message!!.contains("titel"))
    }

    @Test
    fun aStringCutInsideAnEmojiIsATypedError() {
        // What an Android length filter leaves when it cuts "🙏" in half: a lone high surrogate.
        val cut = "Jalan rusak \uD83D"
        val lowOnly = "\uDE4F rusak"
        for (text in listOf(cut, lowOnly)) {
            val calls: List<() -> Unit> = listOf(
                { redact(text, RedactStyle.Label) },
                { detectPii(text) },
                { parseRegionCode(text) },
                { validateReport(ReportForm(title = text, body = text), now) },
            )
            for (call in calls) {
                val e = thrown(call)
                assertTrue(e.toString(), e is LaporException.Parse)
                assertEquals("invalid_unicode", e.code)
                assertEquals("parse", e.category)
                assertTrue(e.messageEn, e.messageEn.contains("surrogate"))
                assertTrue(e.messageId, e.messageId.contains("surrogate"))
            }
        }
        // A whole emoji is fine.
        assertEquals("Jalan rusak \uD83D\uDE4F", redact("Jalan rusak \uD83D\uDE4F", RedactStyle.Label).text)
    }

    @Test
    fun enumsPrintTheirNames() {
        assertEquals("NationalAdmin", Holder.NationalAdmin.toString())
        assertEquals("Agency(id=dinkes)", Holder.Agency("dinkes").toString())
        assertEquals("Label", RedactStyle.Label.toString())
        assertEquals("WITA", TimeZone.WITA.toString())
    }

    @Test
    fun budgetsAreBounded() {
        val cal = WorkingCalendar.indonesia()
        val e = thrown { cal.deadline(now, Budget.CalendarDays(1_000_000_000u), TimeZone.WIB, listOf()) }
        assertEquals("budget_too_large", e.code)
        assertEquals("validation", e.category)
        assertEquals("3660", e.fields["max"])
        assertTrue(cal.deadline(now, Budget.CalendarDays(3660u), TimeZone.WIB, listOf()).due.isAfter(now))
    }

    @Test
    fun sharedVectorsValidation() {
        val v = vectors("validation.json")
        val cases = v.getAsJsonArray("cases").map { it.asJsonObject }
        assertTrue(cases.size >= 60)
        for (c in cases) {
            val name = c.str("name")!!
            val at = Instant.parse(c.str("now"))
            val expectedError = c.str("error")
            val form = try {
                reportFormFromJson(c.getAsJsonObject("form").toString())
            } catch (e: LaporException) {
                assertEquals(name, expectedError, e.code)
                continue
            }
            if (expectedError != null) {
                fail("$name: expected $expectedError")
            }
            val r = validateReport(form, at)
            assertEquals(name, c.get("valid").asBoolean, r.valid)
            val want = c.getAsJsonArray("issues").map { it.asJsonObject }
            assertEquals(
                name,
                want.map { listOf(it.str("severity"), it.str("code"), it.str("field"), it.str("pii_kind")) },
                r.issues.map { listOf(it.severity.name.lowercase(), it.code, it.field, it.piiKind?.name) },
            )
            for ((w, g) in want.zip(r.issues)) {
                w.str("message_id")?.let { assertEquals(name, it, g.messageId) }
                w.str("message_en")?.let { assertEquals(name, it, g.messageEn) }
            }
        }
    }
}
