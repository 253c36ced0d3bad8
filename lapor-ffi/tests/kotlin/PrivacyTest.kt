// JUnit 4 tests of the anonymity promise through the Kotlin binding: the shared vectors
// tests/vectors/privacy_attacks.json (as tests/privacy_attacks.rs runs them) and
// tests/vectors/views.json (the visibility matrix, as tests/views_vectors.rs runs it).
import com.google.gson.JsonObject
import java.time.Instant
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import uniffi.lapor.Actor
import uniffi.lapor.CaseTimeline
import uniffi.lapor.LaporException
import uniffi.lapor.RedactStyle
import uniffi.lapor.ReporterIdentity
import uniffi.lapor.Role
import uniffi.lapor.Viewer
import uniffi.lapor.parseRegionCode
import uniffi.lapor.redact
import uniffi.lapor.redactWithIdentity
import uniffi.lapor.reportFormFromJson
import uniffi.lapor.validateReport

private fun viewer(s: String): Viewer = Viewer.valueOf(s.uppercase())

private fun check(name: String, text: String, absent: List<String>, present: List<String> = emptyList()) {
    for (s in absent) assertFalse("$name: \"$s\" leaks in $text", text.contains(s))
    for (s in present) assertTrue("$name: \"$s\" missing in $text", text.contains(s))
}

private fun JsonObject.strings(key: String): List<String> =
    getAsJsonArray(key)?.map { it.asString } ?: emptyList()

private fun hex(s: String): ByteArray = ByteArray(s.length / 2) { s.substring(2 * it, 2 * it + 2).toInt(16).toByte() }

class PrivacyTest {
    private val v = vectors("privacy_attacks.json")
    private val agencies = v.getAsJsonArray("agencies").toString()
    private val asOf = Instant.parse("2025-04-01T00:00:00Z")

    private fun log(attack: JsonObject): String = attack.getAsJsonArray("log").joinToString("\n") { it.toString() }

    @Test
    fun viewsLeakNothing() {
        for (a in v.getAsJsonArray("views").map { it.asJsonObject }) {
            val name = a.str("name")!!
            val t = CaseTimeline(log(a), agencies, asOf)
            for ((who, expect) in a.getAsJsonObject("expect").entrySet()) {
                val e = expect.asJsonObject
                check(name, t.viewJson(viewer(who)), e.strings("absent"), e.strings("present"))
            }
        }
    }

    @Test
    fun replayRefusesWhatCommandsRefuse() {
        for (a in v.getAsJsonArray("replay").map { it.asJsonObject }) {
            val want = a.getAsJsonObject("error")
            try {
                CaseTimeline(log(a), agencies, asOf)
                fail("${a.str("name")}: expected event_rejected")
            } catch (e: LaporException) {
                assertEquals(a.str("name"), "event_rejected", e.code)
                assertEquals(a.str("name"), want.str("reason"), e.reasonCode())
                assertEquals(a.str("name"), want.get("line").asString, e.fields["line"])
            }
        }
    }

    @Test
    fun redactionWithTheIdentity() {
        for (a in v.getAsJsonArray("redaction").map { it.asJsonObject }) {
            val name = a.str("name")!!
            val id = a.getAsJsonObject("identity")
            val identity = ReporterIdentity(id.str("name"), id.str("nik"), id.str("kk"), id.str("phone"), id.str("email"), id.str("address"))
            val style = a.str("style_key_hex")?.let { RedactStyle.Pseudonym(hex(it)) } ?: RedactStyle.Label
            val out = redactWithIdentity(a.str("text")!!, style, identity).text
            check(name, out, a.strings("absent"), a.strings("present"))
            assertEquals(name, out, redactWithIdentity(out, style, identity).text)
        }
    }

    @Test
    fun errorsNeverQuoteTheInput() {
        for (a in v.getAsJsonArray("errors").map { it.asJsonObject }) {
            val name = a.str("name")!!
            try {
                when (a.str("target")) {
                    "report" -> CaseTimeline.submit(a.str("input")!!, agencies, 1uL, Actor(Role.REPORTER, null), asOf, null, null)
                    else -> parseRegionCode(a.str("input")!!)
                }
                fail("$name: expected an error")
            } catch (e: LaporException) {
                a.str("code")?.let { assertEquals(name, it, e.code) }
                check(name, "${e.message} $e ${e.messageId} ${e.fields}", a.strings("absent"))
            }
        }
    }

    @Test
    fun pseudonymKeysOfSixteenBytesOrMore() {
        for (k in v.getAsJsonArray("pseudonym_keys").map { it.asJsonObject }) {
            val key = hex(k.str("key_hex")!!)
            try {
                redact("NIK 3273056010900009", RedactStyle.Pseudonym(key))
                assertTrue(k.str("key_hex")!!, k.get("ok").asBoolean)
            } catch (e: LaporException.Validation) {
                assertFalse(k.str("key_hex")!!, k.get("ok").asBoolean)
                assertEquals("pseudonym_key", e.code)
                assertEquals("too_short", e.fields["problem"])
            }
        }
    }

    @Test
    fun formsWarnAndNeverEcho() {
        for (a in v.getAsJsonArray("forms").map { it.asJsonObject }) {
            val name = a.str("name")!!
            val out = validateReport(reportFormFromJson(a.getAsJsonObject("form").toString()), asOf)
            a.getAsJsonObject("warning")?.let { w ->
                assertTrue(name, out.issues.any {
                    it.code == w.str("code") && it.field == w.str("field") && it.piiKind?.name == w.str("pii_kind")
                })
            }
            for (i in out.issues) check(name, i.messageId + " " + i.messageEn, a.strings("absent"))
        }
    }

    /** views.json: every cell of the visibility matrix, the case built command by command. */
    @Test
    fun visibilityMatrix() {
        val m = vectors("views.json")
        val dir = m.getAsJsonArray("agencies").toString()
        val id = m.get("tracking_id").asLong.toULong()
        val cells = m.getAsJsonArray("cells").map { it.asJsonObject }
        assertEquals(4, cells.size)
        for (cell in cells) {
            val steps = cell.getAsJsonArray("steps").map { it.asJsonObject }
            val actor = { s: JsonObject ->
                val o = s.getAsJsonObject("actor")
                Actor(Role.valueOf(o.str("role")!!.uppercase()), o.str("agency"))
            }
            val first = steps[0]
            val t = CaseTimeline.submit(
                first.getAsJsonObject("command").getAsJsonObject("report").toString(), dir, id,
                actor(first), Instant.parse(first.str("at")), null, null,
            )
            for (s in steps.drop(1)) t.handle(actor(s), s.getAsJsonObject("command").toString(), Instant.parse(s.str("at")))
            val where = "anonim=${cell.get("anonymous")} rahasia=${cell.get("confidential")}"
            for ((who, expect) in cell.getAsJsonObject("views").entrySet()) {
                val e = expect.asJsonObject
                check("$where $who", t.viewJson(viewer(who)), e.strings("absent"), e.strings("present"))
            }
            cell.str("agency_anonymous_body")?.let { body ->
                val agency = com.google.gson.JsonParser.parseString(t.viewJson(Viewer.AGENCY)).asJsonObject
                assertEquals(where, body, agency.str("body"))
            }
        }
    }
}
