// JUnit 4 tests of WorkingCalendar through the Kotlin binding: numpy's business-day vectors
// (tests/vectors/calendar_numpy.json), the deadline vectors (tests/vectors/deadlines.json) and
// the typed errors.
import com.google.gson.JsonObject
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import uniffi.lapor.Budget
import uniffi.lapor.HolidayKind
import uniffi.lapor.Interval
import uniffi.lapor.LaporException
import uniffi.lapor.TimeZone
import uniffi.lapor.WorkingCalendar
import java.time.Instant
import java.time.LocalDate

fun budget(o: JsonObject): Budget = when {
    o.has("working_days") -> Budget.WorkingDays(o.get("working_days").asInt.toUInt())
    o.has("working_hours") -> Budget.WorkingHours(o.get("working_hours").asInt.toUInt())
    o.has("calendar_days") -> Budget.CalendarDays(o.get("calendar_days").asInt.toUInt())
    else -> error("budget $o")
}

class CalendarTest {
    private val cal = WorkingCalendar.indonesia()
    private val official = WorkingCalendar.indonesiaOfficial()

    @Test
    fun agreesWithNumpy() {
        val v = vectors("calendar_numpy.json")
        val base = LocalDate.parse(v.str("base"))
        val date = { i: Int -> base.plusDays(i.toLong()).toString() }
        assertEquals(v.getAsJsonArray("holidays").map { it.asString }, official.holidays().map { it.date })
        val n = v.getAsJsonArray("n").map { it.asLong }
        val working = v.getAsJsonArray("working")
        val backward = v.getAsJsonArray("backward")
        val forward = v.getAsJsonArray("forward")
        var checked = 0
        for (i in 0 until v.get("days").asInt) {
            val d = date(i)
            assertEquals(d, working[i].asInt == 1, official.isWorkingDay(d))
            for ((j, k) in n.withIndex()) {
                // add_working_days: numpy's backward roll for n >= 0, forward for n < 0.
                val want = (if (k < 0) forward else backward)[i].asJsonArray[j]
                if (want.isJsonNull) {
                    try {
                        official.addWorkingDays(d, k)
                        fail("$d $k: expected calendar_range")
                    } catch (e: LaporException.Calendar) {
                        assertEquals("calendar_range", e.code)
                    }
                } else {
                    assertEquals("$d + $k", date(want.asInt), official.addWorkingDays(d, k))
                }
                checked++
            }
        }
        assertEquals(1461 * 14, checked)
        for (t in v.getAsJsonArray("between")) {
            val (a, b, count) = t.asJsonArray.map { it.asInt }
            assertEquals("($a, $b]", count.toLong(), cal.workingDaysBetween(date(a), date(b)))
        }
    }

    @Test
    fun deadlineVectors() {
        val cases = vectors("deadlines.json").getAsJsonArray("cases").map { it.asJsonObject }
        for (c in cases) {
            val name = c.str("name")!!
            val zone = TimeZone.valueOf(c.str("zone")!!.uppercase())
            val pauses = c.getAsJsonArray("pauses")?.map {
                val p = it.asJsonArray
                Interval(Instant.parse(p[0].asString), Instant.parse(p[1].asString))
            } ?: emptyList()
            val start = Instant.parse(c.str("start"))
            val error = c.str("error")
            if (error != null) {
                try {
                    official.deadline(start, budget(c.getAsJsonObject("budget")), zone, pauses)
                    fail("$name: expected $error")
                } catch (e: LaporException) {
                    assertEquals(name, error, e.code)
                }
            } else {
                val due = official.deadline(start, budget(c.getAsJsonObject("budget")), zone, pauses)
                assertEquals(name, Instant.parse(c.str("deadline")), due.due)
                assertFalse(name, due.provisional)
            }
        }
        assertTrue(cases.size >= 10)
    }

    @Test
    fun builtInCalendarFacts() {
        assertEquals("Indonesia", cal.name())
        assertEquals(2024, cal.firstYear())
        assertEquals(2040, cal.lastYear())
        assertEquals(2027, official.lastYear())
        assertFalse(cal.isWorkingDay("2025-08-18"))
        assertEquals("2025-04-08", cal.addWorkingDays("2025-03-27", 1))
        assertTrue(cal.holidays().any { it.date == "2024-02-14" && it.kind == HolidayKind.ELECTION })
        // Default argument: no pauses.
        assertEquals(
            Instant.parse("2025-11-27T17:00:00Z"),
            cal.deadline(Instant.parse("2025-11-24T03:00:00Z"), Budget.WorkingDays(3u), TimeZone.WIB).due,
        )
    }

    @Test
    fun deadlinesIn2027AreOfficialAndIn2029Provisional() {
        assertEquals("2027-01-04", cal.addWorkingDays("2026-12-29", 3))
        val jan = cal.deadline(Instant.parse("2026-12-28T03:00:00Z"), Budget.WorkingDays(5u), TimeZone.WIB)
        assertEquals(Instant.parse("2027-01-06T17:00:00Z"), jan.due)
        assertFalse(jan.provisional)
        val later = cal.deadline(Instant.parse("2029-06-04T03:00:00Z"), Budget.WorkingDays(5u), TimeZone.WITA)
        assertTrue(later.provisional)
        assertTrue(cal.isProjected("2029-06-04"))
        assertEquals(2028, cal.projectedYears().first())
        try {
            official.deadline(Instant.parse("2029-06-04T03:00:00Z"), Budget.WorkingDays(5u), TimeZone.WITA)
            fail()
        } catch (e: LaporException.Calendar) {
            assertEquals("calendar_range", e.code)
        }
        val loaded = cal.withOfficialYears(
            """{"years": [{"year": 2028, "source": "SKB 3 Menteri 2027", "holidays": [{"date": "2028-01-03", "kind": "cuti_bersama", "name": "Cuti"}]}]}""",
        )
        assertFalse(loaded.isProjected("2028-06-01"))
        assertFalse(loaded.isWorkingDay("2028-01-03"))
        try {
            loaded.withOfficialYears("""{"years": [{"year": 2028, "source": "x", "holidays": []}]}""")
            fail()
        } catch (e: LaporException.Calendar) {
            assertEquals("calendar_entry", e.code)
            assertEquals("years[0]", e.fields["entry"])
            assertEquals("already_official", e.fields["problem"])
        }
    }

    @Test
    fun calendarFromJsonRoundTrips() {
        val own = WorkingCalendar.fromJson(
            """{"name": "Kab. Badung", "years": [2025], "holidays": [{"date": "2025-03-31", "kind": "local", "name": "Penutupan kantor"}]}""",
        )
        assertEquals("Kab. Badung", own.name())
        assertFalse(own.isWorkingDay("2025-03-31"))
        assertTrue(own.isWorkingDay("2025-04-01"))
        assertEquals(own.toJson(), WorkingCalendar.fromJson(own.toJson()).toJson())
        assertEquals(cal.holidays(), WorkingCalendar.fromJson(cal.toJson()).holidays())
    }

    @Test
    fun errorsAreTypedWithTheirFields() {
        try {
            cal.isWorkingDay("2025-02-29")
            fail()
        } catch (e: LaporException.Parse) {
            assertEquals("invalid_date", e.code)
            assertEquals("parse", e.category)
            // The input is never carried by the exception (its message lists every field).
            assertFalse(e.toString(), e.toString().contains("2025-02-29"))
            assertTrue(e.messageId, e.messageId.contains("tanggal"))
        }
        try {
            official.workingDaysBetween("2025-01-01", "2030-01-01")
            fail()
        } catch (e: LaporException.Calendar) {
            assertEquals("calendar_range", e.code)
            assertEquals("calendar", e.category)
            assertEquals("2030-01-01", e.fields["date"])
            assertEquals("2024", e.fields["first_year"])
            assertEquals("2027", e.fields["last_year"])
        }
        try {
            WorkingCalendar.fromJson("""{"name": "x", "years": [2024, 2026], "holidays": []}""")
            fail()
        } catch (e: LaporException.Calendar) {
            assertEquals("calendar_years", e.code)
            assertEquals(null, e.fields["date"])
            assertEquals("[2024,2026]", e.fields["years"])
        }
        try {
            WorkingCalendar.fromJson("""{"name": "x", "years": [2025], "holidays": [{"date": 5}]}""")
            fail()
        } catch (e: LaporException.Parse) {
            assertEquals("json", e.code)
            assertEquals("holidays[0].date", e.fields["path"])
        }
        val a = Instant.parse("2025-11-25T00:00:00Z")
        val b = Instant.parse("2025-11-24T00:00:00Z")
        try {
            cal.deadline(a, Budget.WorkingHours(4u), TimeZone.WITA, listOf(Interval(a, b)))
            fail()
        } catch (e: LaporException.Validation) {
            assertEquals("invalid_interval", e.code)
            assertEquals(a, Instant.parse(e.fields["start"]))
            assertEquals(b, Instant.parse(e.fields["end"]))
        }
    }
}
