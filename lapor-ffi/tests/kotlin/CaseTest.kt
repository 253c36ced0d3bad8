// JUnit 4 tests of CaseTimeline through the Kotlin binding: the shared case scenarios
// (tests/vectors/case_scenarios.json, replayed step by step as the Rust runner does), event
// logs, labels, SLA metrics and the typed errors of the state machine.
import com.google.gson.JsonElement
import com.google.gson.JsonObject
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import uniffi.lapor.Actor
import uniffi.lapor.CaseTimeline
import uniffi.lapor.Holder
import uniffi.lapor.Lang
import uniffi.lapor.LaporException
import uniffi.lapor.Metric
import uniffi.lapor.MetricState
import uniffi.lapor.Role
import uniffi.lapor.Status
import uniffi.lapor.Viewer
import uniffi.lapor.WorkingCalendar
import uniffi.lapor.statusPublicLabel
import uniffi.lapor.syntheticDirectoryJson
import uniffi.lapor.syntheticEventLog
import java.time.Instant

fun actor(o: JsonObject): Actor =
    Actor(Role.valueOf(o.str("role")!!.uppercase()), o.str("agency"))

fun holderJson(h: Holder): JsonElement = when (h) {
    is Holder.NationalAdmin -> com.google.gson.JsonPrimitive("national_admin")
    is Holder.Agency -> JsonObject().apply { addProperty("agency", h.id) }
}

/** snake_case name of a Kotlin enum constant (`FIRST_FOLLOW_UP` -> `first_follow_up`). */
fun snake(e: Enum<*>): String = e.name.lowercase()

class CaseTest {
    private val v = vectors("case_scenarios.json")
    private val agencies = v.getAsJsonArray("agencies").toString()
    private val trackingId = v.get("tracking_id").asLong.toULong()
    private val categories = v.getAsJsonArray("categories").toString()

    // No `when` needed: the base class has the code, and the fields are the core's.
    private fun code(e: LaporException): String {
        when (e.code) {
            "already_declined" -> assertTrue(e.fields["agency"]!!.isNotEmpty())
            "outside_subtree" -> assertTrue(e.fields["unit"]!!.isNotEmpty())
            // The instants the errors carry are past the case's start.
            "not_due" -> assertTrue(Instant.parse(e.fields["due"]).isAfter(Instant.parse("2026-01-01T00:00:00Z")))
            "window_closed" -> assertTrue(Instant.parse(e.fields["closed_at"]).isAfter(Instant.parse("2026-01-01T00:00:00Z")))
            "command_refused" -> assertTrue(e.fields["rule"]!!.isNotEmpty() && e.fields["command"]!!.isNotEmpty())
        }
        assertEquals(e.messageEn, e.message)
        return e.code
    }

    private fun check(where: String, t: CaseTimeline, at: Instant, expect: JsonObject) {
        expect.str("status")?.let { assertEquals("$where: status", it, snake(t.status())) }
        expect.get("holder")?.let { assertEquals("$where: holder", it, holderJson(t.holder())) }
        val metrics = t.metricsAt(at)
        for ((name, want) in expect.getAsJsonObject("sla")?.entrySet() ?: emptySet()) {
            // `completion` is a metric's first clock, `completion#2` its second.
            val branch = name.substringAfter('@', "").ifEmpty { null }
            val clock = name.substringBefore('@')
            val metric = clock.substringBefore('#')
            val round = clock.substringAfter('#', "1").toUInt()
            val m = metrics.find { snake(it.metric) == metric && it.round == round && it.branch == branch }
                ?: error("$where: no metric $name")
            val w = want.asJsonObject
            assertEquals("$where: $name state", w.str("state"), snake(m.state))
            w.str("due")?.let { assertEquals("$where: $name due", Instant.parse(it), m.due) }
            w.get("responsible")?.let { assertEquals("$where: $name responsible", it, holderJson(m.responsible)) }
            assertEquals(m.responsible, m.responsibleAgency?.let { Holder.Agency(it) } ?: Holder.NationalAdmin)
        }
        val public = com.google.gson.JsonParser.parseString(t.viewJson(Viewer.PUBLIC)).asJsonObject
        expect.str("public_visibility")?.let {
            assertEquals("$where: $public", it, public.getAsJsonObject("content").str("visibility"))
        }
        expect.get("duplicate_of")?.let { assertEquals("$where: $public", it.asLong, public.get("duplicate_of").asLong) }
    }

    @Test
    fun scenarios() {
        var steps = 0
        for (s in v.getAsJsonArray("scenarios").map { it.asJsonObject }) {
            val name = s.str("name")!!
            val policy = s.get("policy")?.toString()
            val known = s.getAsJsonObject("known_cases")?.entrySet()
                ?.associate { (id, at) -> id.toULong() to Instant.parse(at.asString) }
            var t: CaseTimeline? = null
            for ((i, step) in s.getAsJsonArray("steps").map { it.asJsonObject }.withIndex()) {
                steps++
                val where = "$name step $i"
                val wantError = step.str("error")
                var at: Instant
                var error: String? = null
                if (step.has("advance_to")) {
                    at = Instant.parse(step.str("advance_to"))
                    val entries = t!!.advance(at)
                    val want = step.getAsJsonArray("events").map {
                        val p = it.asJsonArray
                        p[0].asString to Instant.parse(p[1].asString)
                    }
                    assertEquals(where, want, entries.map { it.event to it.at })
                    entries.lastOrNull()?.let { assertEquals(where, it.status, t.status()) }
                } else {
                    at = Instant.parse(step.str("at"))
                    val command = step.getAsJsonObject("command")
                    val who = actor(step.getAsJsonObject("actor"))
                    try {
                        if (t == null && command.str("command") == "submit") {
                            t = CaseTimeline.submit(
                                command.getAsJsonObject("report").toString(), agencies, trackingId,
                                who, at, policy, categoriesJson = categories,
                            )
                        } else {
                            val before = t!!.entries()
                            val entry = t.handle(who, command.toString(), at, known)
                            assertEquals(where, before.size + 1, t.entries().size)
                            assertEquals(where, entry, t.entries().last())
                            assertEquals(where, at, entry.at)
                            assertEquals(where, t.status(), entry.status)
                        }
                    } catch (e: LaporException) {
                        error = code(e)
                    }
                }
                assertEquals(where, wantError, error)
                val expect = step.getAsJsonObject("expect")
                if (expect != null && t != null) check(where, t, at, expect)
            }
            // The timeline's own log rebuilds the same timeline.
            val timeline = t!!
            val last = timeline.entries().last().at
            val rebuilt = CaseTimeline(timeline.eventLog(), agencies, last, policy, categoriesJson = categories, knownCases = known)
            assertEquals(name, timeline.entries(), rebuilt.entries())
            assertEquals(name, timeline.metricsAt(last), rebuilt.metrics())
        }
        assertTrue("$steps steps", steps >= 120)
    }

    @Test
    fun disposeManyGivesEachAgencyABranch() {
        val report = v.getAsJsonArray("scenarios")[0].asJsonObject.getAsJsonArray("steps")[0].asJsonObject
            .getAsJsonObject("command").getAsJsonObject("report").toString()
        val t = CaseTimeline.submit(report, agencies, 11uL, Actor(Role.REPORTER, null), Instant.parse("2026-03-16T02:00:00Z"))
        t.handle(Actor(Role.NATIONAL_ADMIN, null), """{"command": "dispose_many", "agencies": ["pemkot", "pemkot-jayapura"]}""",
            Instant.parse("2026-03-17T02:00:00Z"))
        assertEquals(listOf("pemkot", "pemkot-jayapura"), t.branches().map { it.agency })
        t.handle(Actor(Role.AGENCY_ADMIN, "pemkot-jayapura"), """{"command": "follow_up", "text": "Ditinjau."}""",
            Instant.parse("2026-03-25T02:00:00Z"))
        assertEquals(Status.DISPOSED, t.status())
        assertEquals(listOf(Status.DISPOSED, Status.IN_PROGRESS), t.branches().map { it.status })
        val ffu = t.metricsAt(Instant.parse("2026-03-25T03:00:00Z")).filter { it.metric == Metric.FIRST_FOLLOW_UP }
        assertEquals(listOf("pemkot" to MetricState.RUNNING, "pemkot-jayapura" to MetricState.MET), ffu.map { it.branch to it.state })
        try {
            t.handle(Actor(Role.NATIONAL_ADMIN, null), """{"command": "reclassify", "kind": "aspiration"}""", Instant.parse("2026-03-25T04:00:00Z"))
            fail("expected CommandRefused")
        } catch (e: LaporException.Transition) {
            assertEquals("command_refused", e.code)
            assertEquals("several_agencies", e.fields["rule"])
        }
    }

    @Test
    fun eventLogLinesAndReplayErrors() {
        val log = v.getAsJsonObject("log")
        val lines = log.getAsJsonArray("lines").map { it.asString }
        val asOf = Instant.parse("2026-03-10T00:00:00Z")
        val firstBad = log.getAsJsonArray("bad_lines")[0].asLong
        try {
            CaseTimeline(lines.joinToString("\n"), agencies, asOf)
            fail("expected LogLine")
        } catch (e: LaporException.Parse) {
            assertEquals("log_line", e.code)
            assertEquals("parse", e.category)
            assertEquals("$firstBad", e.fields["line"])
            assertTrue(e.messageId, e.messageId.contains("baris $firstBad"))
            assertTrue(e.fields["message"]!!.isNotEmpty())
        }
        // The good lines (bad ones blanked, so line numbers stay) fail to replay.
        val bad = log.getAsJsonArray("bad_lines").map { it.asInt }.toSet()
        val good = lines.mapIndexed { i, l -> if (i + 1 in bad) "" else l }.joinToString("\n")
        try {
            CaseTimeline(good, agencies, asOf)
            fail("expected ${log.str("replay_error")}")
        } catch (e: LaporException.Transition) {
            assertEquals("event_rejected", e.code)
            assertEquals(log.str("replay_error"), e.reasonCode())
            assertEquals(log.get("replay_error_line").asString, e.fields["line"])
            assertEquals("7", e.fields["case"])
            assertEquals("postponed", e.fields["event"])
            assertEquals("transition", e.category)
            assertTrue(e.messageEn, e.messageEn.startsWith("event log line 3 (case #7, event postponed) rejected"))
        }
        val replay = v.getAsJsonObject("replay")
        try {
            CaseTimeline(replay.getAsJsonArray("events").joinToString("\n") { it.toString() }, agencies, asOf)
            fail("expected ${replay.str("error")}")
        } catch (e: LaporException) {
            assertEquals("event_rejected", e.code)
            assertEquals(replay.str("error"), e.reasonCode())
            assertEquals(replay.get("line").asString, e.fields["line"])
            assertEquals("8", e.fields["case"])
        }
        try {
            CaseTimeline("", agencies, asOf)
            fail("expected empty_log")
        } catch (e: LaporException.Parse) {
            assertEquals("empty_log", e.code)
            assertTrue(e.message, e.message.contains("no event"))
        }
    }

    @Test
    fun viewsHideAnAnonymousReporterFromTheAgencyAndThePublic() {
        val report = """{"kind":"complaint","title":"Pungli KTP","body":"Saya Wahyuningsih, NIK 3273056010900009, dimintai Rp 50.000.","incident_date":"2026-03-10","channel":"android","privacy":{"anonim":true},"reporter":{"name":"Wahyuningsih","nik":"3273056010900009"}}"""
        val t = CaseTimeline.submit(report, agencies, 9uL, Actor(Role.REPORTER, null), Instant.parse("2026-03-16T02:00:00Z"), null, null)
        t.handle(Actor(Role.NATIONAL_ADMIN, null), """{"command":"dispose","agency":"dinkes"}""", Instant.parse("2026-03-17T02:00:00Z"))
        val agency = t.viewJson(Viewer.AGENCY)
        assertTrue(agency, agency.contains("\"identity\":\"anonymous\""))
        assertTrue(agency, agency.contains("Saya [PERSON], NIK [NIK], dimintai Rp 50.000."))
        for (secret in listOf("Wahyuningsih", "3273056010900009")) {
            assertTrue(agency, !agency.contains(secret))
            assertTrue(!t.viewJson(Viewer.PUBLIC).contains(secret))
            assertTrue(t.viewJson(Viewer.NATIONAL_ADMIN).contains(secret))
            assertTrue(t.viewJson(Viewer.REPORTER).contains(secret))
        }
    }

    @Test
    fun timelineOfALogHasLabelsHoldersAndMetrics() {
        val submit = """{"case":7,"at":"2026-03-16T02:00:00Z","actor":{"role":"reporter"},"event":"submitted","report":{"kind":"complaint","title":"Obat kosong di puskesmas","body":"Sudah dua minggu obat hipertensi kosong.","incident_date":"2026-03-10","channel":"android","location":{"region":"64.74.01"}}}"""
        val dispose = """{"case":7,"at":"2026-03-17T02:00:00Z","actor":{"role":"national_admin"},"event":"disposed","agency":"dinkes"}"""
        val followUp = """{"case":7,"at":"2026-03-18T02:00:00Z","actor":{"role":"agency_admin","agency":"dinkes"},"event":"followed_up","text":"Obat sudah dipesan."}"""
        val asOf = Instant.parse("2026-03-20T00:00:00Z")
        val t = CaseTimeline("$submit\n\n$dispose\n$followUp\n", agencies, asOf, null, WorkingCalendar.indonesia())
        assertEquals(7uL, t.trackingId())
        assertEquals(asOf, t.asOf())
        val e = t.entries()
        assertEquals(listOf("submitted", "disposed", "followed_up"), e.map { it.event })
        assertEquals(listOf(Status.SUBMITTED, Status.DISPOSED, Status.IN_PROGRESS), e.map { it.status })
        assertEquals(listOf("Belum Terverifikasi", "Belum Ditindaklanjuti", "Proses"), e.map { it.labelId })
        assertEquals(listOf("Not yet verified", "Not yet followed up", "In process"), e.map { it.labelEn })
        assertEquals(Holder.NationalAdmin, e[0].holder)
        assertEquals(Holder.Agency("dinkes"), e[2].holder)
        assertEquals(Actor(Role.AGENCY_ADMIN, "dinkes"), e[2].actor)
        assertEquals(Instant.parse("2026-03-18T02:00:00Z"), e[2].at)
        assertTrue(e[2].json, e[2].json.contains("Obat sudah dipesan."))
        val m = t.metrics().associateBy { it.metric }
        assertEquals(MetricState.MET, m[Metric.VERIFICATION]!!.state)
        assertEquals(MetricState.MET, m[Metric.FIRST_FOLLOW_UP]!!.state)
        val completion = m[Metric.COMPLETION]!!
        assertEquals(MetricState.RUNNING, completion.state)
        // Five working days after Tue 17 Mar in WITA, across Nyepi and Idul Fitri 2026.
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), completion.due)
        assertEquals("dinkes", completion.responsibleAgency)
        assertNull(completion.stopped)
        assertNotNull(m[Metric.VERIFICATION]!!.stopped)
        assertEquals(Status.IN_PROGRESS, t.status())
        assertEquals("Selesai", statusPublicLabel(Status.RESOLVED, Lang.ID))
        assertEquals("Resolved", statusPublicLabel(Status.RESOLVED, Lang.EN))
    }

    @Test
    fun commandErrorsCarryTheirFields() {
        val t = CaseTimeline.submit(
            """{"kind":"complaint","title":"Jalan rusak","body":"Berlubang.","incident_date":"2026-03-10","channel":"web"}""",
            agencies, 9uL, Actor(Role.REPORTER, null), Instant.parse("2026-03-16T02:00:00Z"),
        )
        val later = Instant.parse("2026-03-17T02:00:00Z")
        try {
            t.handle(Actor(Role.REPORTER), """{"command": "dispose", "agency": "dinkes"}""", later)
            fail()
        } catch (e: LaporException.Permission) {
            assertEquals("permission_denied", e.code)
            assertEquals("permission", e.category)
            assertEquals("reporter", e.fields["role"])
            assertEquals("dispose", e.fields["command"])
            assertEquals("role", e.fields["reason"])
            assertNull(e.fields["agency"])
        }
        try {
            t.handle(Actor(Role.NATIONAL_ADMIN), """{"command": "close"}""", later)
            fail()
        } catch (e: LaporException.Transition) {
            assertEquals("illegal_transition", e.code)
            assertEquals("submitted", e.fields["status"])
            assertEquals("close", e.fields["command"])
        }
        try {
            t.handle(Actor(Role.NATIONAL_ADMIN), """{"command": "dispose", "agency": "nowhere"}""", later)
            fail()
        } catch (e: LaporException.NotFound) {
            assertEquals("unknown_agency", e.code)
            assertEquals("nowhere", e.fields["id"])
        }
        try {
            t.handle(Actor(Role.NATIONAL_ADMIN), """{"command": "teleport"}""", later)
            fail()
        } catch (e: LaporException.Parse) {
            assertEquals("json", e.code)
        }
        t.handle(Actor(Role.NATIONAL_ADMIN), """{"command": "dispose", "agency": "dinkes"}""", later)
        try {
            t.handle(Actor(Role.AGENCY_ADMIN, "dinkes"), """{"command": "sub_dispose", "unit": "dpupr"}""", later)
            fail()
        } catch (e: LaporException.Permission) {
            assertEquals("outside_subtree", e.code)
            assertEquals("dinkes", e.fields["agency"])
            assertEquals("dpupr", e.fields["unit"])
        }
        try {
            t.handle(Actor(Role.AGENCY_ADMIN, "dinkes"), """{"command": "follow_up", "text": "x"}""", Instant.parse("2026-03-16T00:00:00Z"))
            fail()
        } catch (e: LaporException.Transition) {
            assertEquals("time_backwards", e.code)
            assertEquals(later, Instant.parse(e.fields["last"]))
        }
        // Errors left the case unchanged.
        assertEquals(2, t.entries().size)
        try {
            CaseTimeline("", "[{\"id\": \"a\", \"name\": \"A\", \"level\": \"national\", \"parent\": \"b\"}]", later)
            fail()
        } catch (e: LaporException.Directory) {
            assertEquals("unknown_parent", e.code)
            assertEquals("a", e.fields["id"])
            assertEquals("agency", e.fields["what"])
            assertEquals("b", e.fields["parent"])
        }
    }

    @Test
    fun syntheticLogsBuildTimelines() {
        val dir = syntheticDirectoryJson()
        // The same argument order as Python's synthetic_event_log(n_cases, seed).
        val log = syntheticEventLog(20u, 42uL)
        assertEquals(log, syntheticEventLog(20u, 42uL))
        val byCase = log.lines().filter { it.isNotBlank() }.groupBy { Regex("\"case\":(\\d+)").find(it)!!.groupValues[1] }
        assertEquals(20, byCase.size)
        for ((id, lines) in byCase) {
            val t = CaseTimeline(lines.joinToString("\n"), dir, Instant.parse("2026-12-31T00:00:00Z"))
            assertEquals(id.toULong(), t.trackingId())
            assertEquals(lines.size, t.entries().size)
            assertEquals(t.entries().last().status, t.status())
            assertTrue(t.metrics().isNotEmpty())
        }
    }
}
