// JUnit 4 tests of detectPii/redact through the Kotlin binding: the shared vectors
// (tests/vectors/pii.json, offsets in UTF-16 code units) and emoji.
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import uniffi.lapor.Confidence
import uniffi.lapor.PiiKind
import uniffi.lapor.RedactStyle
import uniffi.lapor.detectPii
import uniffi.lapor.piiKindLabel
import uniffi.lapor.redact

class PiiTest {
    @Test
    fun sharedVectorsWithUtf16Offsets() {
        val v = vectors("pii.json")
        var spansChecked = 0
        for (c in v.getAsJsonArray("cases").map { it.asJsonObject }) {
            val text = c.str("text")!!
            val got = detectPii(text)
            val want = c.getAsJsonArray("spans").map { it.asJsonObject }
            assertEquals(text, want.size, got.size)
            for ((g, w) in got.zip(want)) {
                assertEquals(text, w.str("kind"), piiKindLabel(g.kind))
                assertEquals(text, w.get("start_utf16").asInt, g.start.toInt())
                assertEquals(text, w.get("end_utf16").asInt, g.end.toInt())
                assertEquals(text, w.str("value"), g.value)
                // The offsets are Kotlin String indices.
                assertEquals(text, w.str("value"), text.substring(g.start.toInt(), g.end.toInt()))
                spansChecked++
            }
            val label = redact(text, RedactStyle.Label)
            assertEquals(c.str("redacted_label"), label.text)
            assertEquals(got, label.spans)
            assertEquals(c.str("redacted_mask"), redact(text, RedactStyle.PartialMask).text)
        }
        assertTrue("$spansChecked spans", spansChecked >= 50)
        val p = v.getAsJsonObject("pseudonym")
        val key = p.str("key_hex")!!.chunked(2).map { it.toInt(16).toByte() }.toByteArray()
        for (c in p.getAsJsonArray("cases").map { it.asJsonObject }) {
            assertEquals(c.str("redacted"), redact(c.str("text")!!, RedactStyle.Pseudonym(key)).text)
        }
    }

    @Test
    fun emojiCountTwoUtf16Units() {
        val text = "😀😀 Pelapor: Weni Roza, telp 0859005291860 🙏"
        val spans = detectPii(text)
        assertEquals(listOf(PiiKind.PERSON, PiiKind.PHONE), spans.map { it.kind })
        // Two emoji = 4 UTF-16 units (2 code points) before " Pelapor: ".
        assertEquals(text.indexOf("Weni"), spans[0].start.toInt())
        assertEquals(14, spans[0].start.toInt())
        assertEquals("Weni Roza", text.substring(spans[0].start.toInt(), spans[0].end.toInt()))
        assertEquals("0859005291860", text.substring(spans[1].start.toInt(), spans[1].end.toInt()))
        assertEquals(Confidence.HIGH, spans[1].confidence)
        val out = redact(text, RedactStyle.Label)
        assertEquals("😀😀 Pelapor: [PERSON], telp [PHONE] 🙏", out.text)
        assertEquals(spans, out.spans)
    }

    @Test
    fun noPersonalDataGivesNoSpans() {
        assertEquals(emptyList<Any>(), detectPii("Tagihan Rp 1.500.000 menurut Perpres 76/2013."))
        assertEquals("", redact("", RedactStyle.PartialMask).text)
        assertEquals("DATE_OF_BIRTH", piiKindLabel(PiiKind.DATE_OF_BIRTH))
    }
}
