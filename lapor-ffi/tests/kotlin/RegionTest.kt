// JUnit 4 tests of the Kotlin binding, run on the JVM by scripts/test.sh.
import com.google.gson.JsonObject
import com.google.gson.JsonParser
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import uniffi.lapor.LaporException
import uniffi.lapor.RegionLevel
import uniffi.lapor.TimeZone
import uniffi.lapor.VillageKind
import uniffi.lapor.parseRegionCode
import java.io.File

/** Finds tests/vectors/<name> from the system property set by the test script. */
fun vectors(name: String): JsonObject {
    val dir = System.getProperty("lapor.vectors") ?: error("-Dlapor.vectors is not set")
    return JsonParser.parseString(File(dir, name).readText()).asJsonObject
}

fun JsonObject.str(key: String): String? = get(key)?.takeUnless { it.isJsonNull }?.asString

/** The code of the error an `event_rejected` error carries (its `reason` field, as JSON). */
fun LaporException.reasonCode(): String? =
    fields["reason"]?.let { com.google.gson.JsonParser.parseString(it).asJsonObject.str("code") }

class RegionTest {
    @Test
    fun parsesAVillageCode() {
        val info = parseRegionCode("6474011001")
        assertEquals("64.74.01.1001", info.code)
        assertEquals(RegionLevel.VILLAGE, info.level)
        assertEquals(TimeZone.WITA, info.timeZone)
        assertEquals(8, info.utcOffsetHours)
        assertEquals(VillageKind.KELURAHAN, info.villageKind)
        assertEquals("Kalimantan Timur", info.provinceName)
        assertEquals("64.74.01", info.parent)
    }

    @Test
    fun badCharacterIsATypedException() {
        try {
            parseRegionCode("64.7x")
            fail("expected LaporException")
        } catch (e: LaporException.Parse) {
            assertEquals("region_code_syntax", e.code)
            assertEquals("4", e.fields["position"])
            assertEquals("x", e.fields["found"])
            assertTrue(e.messageId, e.messageId.contains("tidak sah"))
            // The message is the English message, not a dump of the fields.
            assertEquals("region code: unexpected character at position 4", e.message)
            assertEquals(e.messageEn, e.message)
        }
    }

    @Test
    fun unknownProvinceCarriesTheNumber() {
        try {
            parseRegionCode("97")
            fail("expected LaporException")
        } catch (e: LaporException.Parse) {
            assertEquals("unknown_province", e.code)
            assertEquals("97", e.fields["province"])
        }
    }

    @Test
    fun sharedVectors() {
        val v = vectors("regions.json")
        for (case in v.getAsJsonArray("valid").map { it.asJsonObject }) {
            val info = parseRegionCode(case.str("input")!!)
            assertEquals(case.str("code"), info.code)
            assertEquals(case.str("digits"), info.digits)
            assertEquals(case.str("level"), info.level.name.lowercase())
            assertEquals(case.get("province").asInt, info.provinceCode.toInt())
            assertEquals(case.str("province_name"), info.provinceName)
            assertEquals(case.str("time_zone"), info.timeZone.name.lowercase())
            assertEquals(case.get("utc_offset_hours").asInt, info.utcOffsetHours)
            assertEquals(case.str("regency_kind"), info.regencyKind?.name?.lowercase())
            assertEquals(case.str("village_kind"), info.villageKind?.name?.lowercase())
            assertEquals(case.str("parent"), info.parent)
            assertEquals(case.str("input"), case.str("name"), info.name)
            assertEquals(case.str("input"), case.get("exists").asBoolean, info.exists)
        }
        for (case in v.getAsJsonArray("invalid").map { it.asJsonObject }) {
            val input = case.str("input")!!
            try {
                parseRegionCode(input)
                fail("expected an error for '$input'")
            } catch (e: LaporException) {
                assertTrue(input, e is LaporException.Parse)
                assertEquals(input, case.str("error"), e.code)
            }
        }
        assertNull(v.get("nothing"))
    }
}
