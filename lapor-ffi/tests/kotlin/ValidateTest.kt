// JUnit 4 tests of validateReport and reportFormFromJson through the Kotlin binding.
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import uniffi.lapor.Attachment
import uniffi.lapor.LaporException
import uniffi.lapor.PiiKind
import uniffi.lapor.ReportForm
import uniffi.lapor.ReportKind
import uniffi.lapor.Severity
import uniffi.lapor.reportFormFromJson
import uniffi.lapor.validateReport
import java.time.Instant

class ValidateTest {
    private val now = Instant.parse("2026-12-01T03:00:00Z")

    @Test
    fun goodFormWithPersonalDataWarns() {
        val form = ReportForm(
            title = "Jalan berlubang di depan SDN 3",
            body = "Sudah tiga bulan jalan berlubang, NIK saya 3273056010900009.",
            incidentDate = "2026-11-20",
            regionCode = "64.74.01",
            anonymous = true,
            reporterPhone = "0812-3456-7890",
        )
        val v = validateReport(form, now)
        assertTrue(v.issues.toString(), v.valid)
        val w = v.issues.single { it.code == "pii_in_text_anonymous" }
        assertEquals(Severity.WARNING, w.severity)
        assertEquals("body", w.field)
        assertEquals(PiiKind.NIK, w.piiKind)
        assertEquals("Teks laporan Anda memuat NIK; NIK akan disembunyikan dari instansi.", w.messageId)
        assertTrue(w.messageEn, w.messageEn.isNotEmpty() && w.messageEn != w.messageId)
    }

    @Test
    fun badFormListsErrorsWithFields() {
        val form = ReportForm(
            kind = ReportKind.WHISTLEBLOWING,
            title = "Rusak",
            body = "",
            incidentDate = "2026-12-25",
            regionCode = "64.7x",
            latitude = 1.0,
            attachments = listOf(Attachment("virus.exe", "application/x-msdownload", 10u)),
            reporterNik = "123",
            reporterEmail = "bukan-email",
        )
        val v = validateReport(form, now)
        assertFalse(v.valid)
        val codes = v.issues.filter { it.severity == Severity.ERROR }.associate { it.code to it.field }
        assertEquals("title", codes["title_too_short"])
        assertEquals("body", codes["body_required"])
        assertEquals("incident_date", codes["incident_date_in_future"])
        assertEquals("region_code", codes["region_code_invalid"])
        assertEquals("attachments[0].media_type", codes["attachment_type_not_allowed"])
        assertEquals("reporter_nik", codes["reporter_nik_invalid"])
        assertEquals("reporter_email", codes["reporter_email_invalid"])
        assertTrue(codes.toString(), "coordinates_incomplete" in codes)
        assertTrue(codes.toString(), "whistleblowing_must_be_confidential" in codes)
        // Errors come first.
        val firstWarning = v.issues.indexOfFirst { it.severity == Severity.WARNING }
        assertTrue(firstWarning == -1 || v.issues.drop(firstWarning).all { it.severity == Severity.WARNING })
        v.issues.filter { !it.code.startsWith("pii") }.forEach { assertNull(it.code, it.piiKind) }
    }

    @Test
    fun theDateIsJudgedAtTheGivenInstant() {
        val form = ReportForm(
            title = "Lampu jalan mati sejak lama",
            body = "Lampu jalan di RT 03 mati sejak dua minggu, mohon diperbaiki segera.",
            incidentDate = "2026-12-02",
            regionCode = "91.71",
            reporterPhone = "081234567890",
        )
        // 2 Dec 00:30 in WIT (UTC+9) is 1 Dec 15:30 UTC: the incident date is today in Jayapura.
        assertTrue(validateReport(form, Instant.parse("2026-12-01T15:30:00Z")).valid)
        val early = validateReport(form, Instant.parse("2026-12-01T14:30:00Z"))
        assertEquals(listOf("incident_date_in_future"), early.issues.map { it.code })
    }

    @Test
    fun formFromJsonAndJsonErrorFields() {
        val form = reportFormFromJson("""{"title": "Jalan rusak parah", "anonim": true, "attachments": [{"name": "a.jpg", "media_type": "image/jpeg", "size_bytes": 5}]}""")
        assertEquals("Jalan rusak parah", form.title)
        assertTrue(form.anonymous)
        assertEquals(5uL, form.attachments[0].sizeBytes)
        try {
            reportFormFromJson("{\"title\": \"x\",\n \"attachments\": [{\"name\": 1}]}")
            fail("expected LaporException.Parse")
        } catch (e: LaporException.Parse) {
            assertEquals("json", e.code)
            assertEquals("parse", e.category)
            assertEquals("attachments[0].name", e.fields["path"])
            assertEquals("2", e.fields["line"])
            assertTrue(e.fields["column"]!!.toInt() > 0)
            assertTrue(e.fields["target"]!!, e.fields["target"]!!.contains("form"))
            assertTrue(e.messageId, e.messageId.startsWith("JSON"))
            assertTrue(e.fields["message"]!!.isNotEmpty())
        }
    }

    @Test
    fun anInstantBeyondTheSupportedRangeIsATypedError() {
        try {
            validateReport(ReportForm(), Instant.MAX)
            fail("expected instant_out_of_range")
        } catch (e: LaporException.Validation) {
            assertEquals("instant_out_of_range", e.code)
            assertTrue(e.messageId.isNotEmpty() && e.messageEn.isNotEmpty())
        }
    }
}
