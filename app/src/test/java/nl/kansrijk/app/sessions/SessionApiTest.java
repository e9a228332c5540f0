package nl.kansrijk.app.sessions;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.kansrijk.app.sessions.TutoringWeek.MONDAY;
import static nl.kansrijk.app.sessions.TutoringWeek.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tutors record sessions and contacts; the coordinator reads the dosage. One demo school with
 * the hand-placed week of {@link TutoringWeek}, "today" Thursday 26 November 2026. The tests run
 * in order because the week changes between them as it would in a school: records of the week
 * before (idempotency, corrections), then the coordinator moves a session and publishes again,
 * then this week's dosage is checked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionApiTest {

    private static final LocalDate LAST_MONDAY = MONDAY.minusWeeks(1);
    private static final LocalDate LAST_WEDNESDAY = LAST_MONDAY.plusDays(2);

    private static TestServer server;
    private static ApiClient coordinator;
    private static ApiClient tutor;
    private static TutoringWeek week;

    @BeforeAll
    static void publishAWeek() {
        server = TestServer.startWithDemo(TutoringWeek.clock());
        coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
        tutor = ApiClient.signedIn(server.baseUrl(), DemoSetup.TUTOR, DemoSetup.PASSWORD);
        week = new TutoringWeek(coordinator);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void GET_myWeek_listsTheTutorsOwnSessionsWithPupilsRoomAndTime() {
        JsonNode myWeek = tutor.get("/api/sessions/my-week").json();

        assertThat(myWeek.path("weekStart").asString()).isEqualTo(MONDAY.toString());
        assertThat(myWeek.path("version").asInt()).isEqualTo(1);
        List<JsonNode> sessions = list(myWeek.path("sessions"));
        // T01 tutors pairs A and C: four sessions; pair B (T02) is not there.
        assertThat(sessions).extracting(s -> s.path("pairId").asLong())
                .containsOnly(week.a.id(), week.c.id()).hasSize(4);
        JsonNode mondayA = session(sessions, week.a.id(), 1);
        assertThat(mondayA.path("date").asString()).isEqualTo(MONDAY.toString());
        assertThat(mondayA.path("start").asString()).startsWith("10:30");
        assertThat(mondayA.path("plannedMinutes").asInt()).isEqualTo(50);
        assertThat(mondayA.path("room").asString()).isEqualTo("Tutorkamer 1");
        assertThat(mondayA.path("pupils").findValuesAsString("name"))
                .containsExactlyInAnyOrder(week.a.first().name(), week.a.second().name());
        assertThat(mondayA.path("change").asString()).isEqualTo("UNCHANGED");
        // Thursday is today: pair C's Thursday session comes first.
        assertThat(sessions.get(0).path("today").asBoolean()).isTrue();
        assertThat(sessions.get(0).path("date").asString()).isEqualTo(TODAY.toString());
    }

    @Test
    @Order(2)
    void PUT_record_sameRecordIdTwice_isStoredOnce() {
        long session = publishedSessionId(week.a, 1);
        Map<String, Object> body = held("same-record-" + UUID.randomUUID(), 50,
                Map.of(week.a.first().id(), "PRESENT", week.a.second().id(), "PRESENT"));

        Answer first = tutor.send("PUT", recordPath(session, LAST_MONDAY), json(body));
        Answer again = tutor.send("PUT", recordPath(session, LAST_MONDAY), json(body));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(rowsWithRecordId((String) body.get("recordId"))).isEqualTo(1);
        assertThat(tutor.get(recordPath(session, LAST_MONDAY)).json().path("versions").size()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void PUT_record_correctionWithANewRecordId_isKeptAsHistoryAndTheNewestCounts() {
        long session = publishedSessionId(week.a, 2);
        long first = week.a.first().id();
        long second = week.a.second().id();
        Answer original = tutor.send("PUT", recordPath(session, LAST_WEDNESDAY),
                json(held(newId(), 50, Map.of(first, "PRESENT", second, "PRESENT"))));
        Answer correction = tutor.send("PUT", recordPath(session, LAST_WEDNESDAY),
                json(held(newId(), 50, Map.of(first, "PRESENT", second, "ABSENT_WITH_NOTICE"))));

        assertThat(original.status()).as(original.body()).isEqualTo(201);
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        JsonNode history = tutor.get(recordPath(session, LAST_WEDNESDAY)).json();
        assertThat(history.path("versions")).hasSize(2);
        assertThat(status(history.path("versions").get(0), second)).as("the first version is untouched").isEqualTo("PRESENT");
        assertThat(history.path("current").path("version").asInt()).isEqualTo(2);
        assertThat(status(history.path("current"), second)).isEqualTo("ABSENT_WITH_NOTICE");
        // Only the correction counts: on that Wednesday the second pupil attended nothing.
        JsonNode dosage = coordinator.get("/api/sessions/dosage?from=" + LAST_WEDNESDAY + "&to=" + LAST_WEDNESDAY).json();
        assertThat(pupilDosage(dosage, second).path("attendedSessions").asInt()).isZero();
        assertThat(pupilDosage(dosage, second).path("missedReasons").path("ABSENT_WITH_NOTICE").asInt()).isEqualTo(1);
        assertThat(pupilDosage(dosage, first).path("attendedSessions").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void tutor_cannotRecordOrReadAnotherTutorsSessionOrPupil() {
        long othersSession = publishedSessionId(week.b, 1);
        long othersPupil = week.b.first().id();
        Map<String, Object> body = held(newId(), 50, Map.of(othersPupil, "PRESENT", week.b.second().id(), "PRESENT"));

        assertThat(tutor.send("PUT", recordPath(othersSession, LAST_MONDAY.plusDays(1)), json(body)).status()).isEqualTo(403);
        assertThat(tutor.get(recordPath(othersSession, LAST_MONDAY.plusDays(1))).status()).isEqualTo(403);
        assertThat(tutor.get("/api/sessions/contacts?pupilId=" + othersPupil).status()).isEqualTo(403);
        assertThat(tutor.post("/api/sessions/contacts", contact(othersPupil)).status()).isEqualTo(403);
        assertThat(tutor.send("PUT", recordPath(987_654_321L, LAST_MONDAY), json(body)).status()).isEqualTo(404);
        assertThat(rowsOfPair(week.b.id())).as("nothing stored for pair B").isZero();
    }

    @Test
    @Order(5)
    void PUT_record_withBadInput_isRefusedWithAMessage() {
        long session = publishedSessionId(week.a, 1);
        Map<Long, String> both = Map.of(week.a.first().id(), "PRESENT", week.a.second().id(), "PRESENT");
        Map<String, Answer> answers = new HashMap<>();
        answers.put("no held", put(session, MONDAY, Map.of("recordId", newId(), "minutes", 50)));
        answers.put("cancelled without reason", put(session, MONDAY, Map.of("recordId", newId(), "held", false)));
        answers.put("unknown reason", put(session, MONDAY, cancelled(newId(), "BORED")));
        answers.put("wrong weekday", put(session, MONDAY.plusDays(1), held(newId(), 50, both)));
        answers.put("future date", put(session, MONDAY.plusWeeks(1), held(newId(), 50, both)));
        answers.put("missing pupil", put(session, MONDAY, held(newId(), 50, Map.of(week.a.first().id(), "PRESENT"))));
        answers.put("stranger", put(session, MONDAY, held(newId(), 50, Map.of(week.a.first().id(), "PRESENT",
                week.a.second().id(), "PRESENT", week.b.first().id(), "PRESENT"))));
        answers.put("bad status", put(session, MONDAY, held(newId(), 50, Map.of(week.a.first().id(), "HERE",
                week.a.second().id(), "PRESENT"))));
        answers.put("no minutes", put(session, MONDAY, held(newId(), 0, both)));
        answers.put("bad record id", put(session, MONDAY, held("short", 50, both)));

        assertThat(answers).allSatisfy((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().path("message").asString()).as(what).isNotBlank();
        });
        assertThat(tutor.send("PUT", "/api/sessions/records/" + session + "/monday", json(held(newId(), 50, both))).status())
                .isEqualTo(400);
        assertThat(rowsOnDate(MONDAY)).as("nothing stored for this Monday").isZero();
    }

    @Test
    @Order(6)
    void contacts_loggedByTheTutor_areListedForTheTutorAndTheCoordinator() {
        long pupil = week.a.first().id();

        Answer logged = tutor.post("/api/sessions/contacts", contact(pupil));
        Answer badChannel = tutor.post("/api/sessions/contacts", Map.of("pupilId", pupil, "kind", "PARENTS",
                "date", TODAY.toString(), "channel", "PIGEON"));

        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        assertThat(badChannel.status()).isEqualTo(400);
        JsonNode own = tutor.get("/api/sessions/contacts?pupilId=" + pupil).json();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("channel").asString()).isEqualTo("PHONE");
        assertThat(own.get(0).path("date").asString()).isEqualTo(TODAY.toString());
        assertThat(tutor.get("/api/sessions/contacts").json()).hasSize(1);
        assertThat(coordinator.get("/api/sessions/contacts").json()).hasSize(1);
    }

    @Test
    @Order(7)
    void GET_myWeek_afterTheCoordinatorMovesASessionAndTakesAPairAway_marksBoth() {
        // Recorded before the move: Monday's session of pair A, one pupil late.
        Answer monday = tutor.send("PUT", recordPath(publishedSessionId(week.a, 1), MONDAY), json(held(newId(), 50,
                Map.of(week.a.first().id(), "PRESENT", week.a.second().id(), "LATE"))));
        assertThat(monday.status()).as(monday.body()).isEqualTo(201);

        week.place(week.a, 2, "THURSDAY", 9, "TK1");  // Wednesday period 3 → Thursday after school (16:20–17:20)
        week.setTutor(week.c, "T03");                  // pair C goes to another tutor
        assertThat(week.publish()).isEqualTo(2);

        List<JsonNode> sessions = list(tutor.get("/api/sessions/my-week").json().path("sessions"));
        JsonNode moved = session(sessions, week.a.id(), 2);
        // Today first, by time: pair C's cancelled 12:40 session, pair A's moved 16:20 one; then Monday 10:30 and 12:40.
        assertThat(sessions).extracting(s -> s.path("pairId").asLong() + "#" + s.path("sessionIndex").asInt())
                .containsExactly(week.c.id() + "#2", week.a.id() + "#2", week.a.id() + "#1", week.c.id() + "#1");
        assertThat(moved.path("change").asString()).isEqualTo("MOVED");
        assertThat(moved.path("previous").path("day").asString()).isEqualTo("WEDNESDAY");
        assertThat(moved.path("date").asString()).isEqualTo(TODAY.toString());
        assertThat(moved.path("plannedMinutes").asInt()).isEqualTo(60);
        assertThat(session(sessions, week.c.id(), 1).path("change").asString()).isEqualTo("CANCELLED");
        assertThat(session(sessions, week.c.id(), 1).path("publishedSessionId").isNull()).isTrue();
        JsonNode recordedMonday = session(sessions, week.a.id(), 1).path("record");
        assertThat(status(recordedMonday, week.a.second().id())).isEqualTo("LATE");
    }

    @Test
    @Order(8)
    void GET_dosage_overCancelledMovedAndPartlyAttendedSessions_addsUpExactly() {
        long a1 = week.a.first().id();
        long a2 = week.a.second().id();
        // Today, Thursday, pair A's moved session: 45 of its 60 minutes, the second pupil absent without notice.
        Answer thursday = tutor.send("PUT", recordPath(publishedSessionId(week.a, 2), TODAY),
                json(held(newId(), 45, Map.of(a1, "PRESENT", a2, "ABSENT_WITHOUT_NOTICE"))));
        // The coordinator records for tutor T02: Tuesday's session of pair B cancelled, the tutor was ill.
        Answer tuesday = coordinator.send("PUT", recordPath(publishedSessionId(week.b, 1), MONDAY.plusDays(1)),
                json(cancelled(newId(), "TUTOR_ILL")));
        assertThat(thursday.status()).as(thursday.body()).isEqualTo(201);
        assertThat(tuesday.status()).as(tuesday.body()).isEqualTo(201);

        // Default range: Monday 23 to today, Thursday 26. The newest published week plans
        //   pair A: Monday p3 (50 min) + Thursday p9 (60 min, moved)  = 2 sessions, 110 min
        //   pair B: Tuesday p3 (50)   + Thursday p3 (50)              = 2 sessions, 100 min
        //   pair C: Monday p5 (50)    + Thursday p5 (50), now T03     = 2 sessions, 100 min
        JsonNode dosage = coordinator.get("/api/sessions/dosage").json();

        assertThat(dosage.path("from").asString()).isEqualTo(MONDAY.toString());
        assertThat(dosage.path("to").asString()).isEqualTo(TODAY.toString());
        // a1: Monday 50 (present; recorded under version 1, before the move) + Thursday 45 (present) = 95 of 110 = 86.4 %
        assertDosage(pupilDosage(dosage, a1), 2, 110, 2, 95, 2, 95, 86.4, false);
        assertThat(pupilDosage(dosage, a1).path("missedReasons").size()).isZero();
        // a2: Monday 50 (late counts, with the recorded minutes); Thursday absent = 50 of 110 = 45.5 %
        assertDosage(pupilDosage(dosage, a2), 2, 110, 2, 95, 1, 50, 45.5, true);
        assertThat(reasons(pupilDosage(dosage, a2))).isEqualTo(Map.of("ABSENT_WITHOUT_NOTICE", 1));
        // Pair B: Tuesday cancelled (planned, not given), Thursday not recorded yet.
        for (TutoringWeek.Pupil pupil : week.b.pupils()) {
            assertDosage(pupilDosage(dosage, pupil.id()), 2, 100, 0, 0, 0, 0, 0.0, true);
            assertThat(reasons(pupilDosage(dosage, pupil.id()))).isEqualTo(Map.of("TUTOR_ILL", 1, "NOT_RECORDED", 1));
        }
        // Pair C: planned under its new tutor, nothing recorded.
        for (TutoringWeek.Pupil pupil : week.c.pupils()) {
            assertDosage(pupilDosage(dosage, pupil.id()), 2, 100, 0, 0, 0, 0, 0.0, true);
            assertThat(reasons(pupilDosage(dosage, pupil.id()))).isEqualTo(Map.of("NOT_RECORDED", 2));
        }
        assertThat(dosage.path("pupils")).as("the six pupils of the published week").hasSize(6);
        JsonNode a1Week = pupilDosage(dosage, a1).path("weeks");
        assertThat(a1Week).hasSize(1);
        assertThat(a1Week.get(0).path("weekStart").asString()).isEqualTo(MONDAY.toString());
        assertThat(a1Week.get(0).path("attendedMinutes").asInt()).isEqualTo(95);

        // Tutors: planned, given (minutes), cancelled, not recorded.
        assertTutor(tutorDosage(dosage, "T01"), 2, 2, 95, 0, 0);
        assertTutor(tutorDosage(dosage, "T02"), 2, 0, 0, 1, 1);
        assertThat(tutorDosage(dosage, "T02").path("cancelReasons").path("TUTOR_ILL").asInt()).isEqualTo(1);
        assertTutor(tutorDosage(dosage, "T03"), 2, 0, 0, 0, 2);
    }

    @Test
    @Order(9)
    void GET_dosage_withToBeforeFrom_isRefused() {
        Answer answer = coordinator.get("/api/sessions/dosage?from=" + TODAY + "&to=" + MONDAY);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("message").asString()).contains("before");
    }

    // --- helpers --------------------------------------------------------------------------------------

    private static void assertDosage(JsonNode pupil, int plannedSessions, int plannedMinutes, int givenSessions,
                                     int givenMinutes, int attendedSessions, int attendedMinutes, double percent,
                                     boolean belowTarget) {
        assertThat(List.of(pupil.path("plannedSessions").asInt(), pupil.path("plannedMinutes").asInt(),
                pupil.path("givenSessions").asInt(), pupil.path("givenMinutes").asInt(),
                pupil.path("attendedSessions").asInt(), pupil.path("attendedMinutes").asInt()))
                .as("planned, given, attended (sessions, minutes) of " + pupil)
                .containsExactly(plannedSessions, plannedMinutes, givenSessions, givenMinutes, attendedSessions, attendedMinutes);
        assertThat(pupil.path("percentAttended").asDouble()).isEqualTo(percent);
        assertThat(pupil.path("belowTarget").asBoolean()).isEqualTo(belowTarget);
    }

    private static void assertTutor(JsonNode tutor, int planned, int given, int givenMinutes, int cancelled, int notRecorded) {
        assertThat(List.of(tutor.path("plannedSessions").asInt(), tutor.path("givenSessions").asInt(),
                tutor.path("givenMinutes").asInt(), tutor.path("cancelledSessions").asInt(),
                tutor.path("notRecordedSessions").asInt()))
                .as("planned, given, minutes, cancelled, not recorded of " + tutor)
                .containsExactly(planned, given, givenMinutes, cancelled, notRecorded);
    }

    private static JsonNode pupilDosage(JsonNode report, long pupilId) {
        for (JsonNode line : report.path("pupils")) {
            if (line.path("pupilId").asLong() == pupilId) {
                return line.path("dosage");
            }
        }
        throw new AssertionError("pupil " + pupilId + " not in " + report);
    }

    private static JsonNode tutorDosage(JsonNode report, String tutorExternalId) {
        long id = week.tutors.get(tutorExternalId);
        for (JsonNode line : report.path("tutors")) {
            if (line.path("tutorId").asLong() == id) {
                return line.path("dosage");
            }
        }
        throw new AssertionError("tutor " + tutorExternalId + " not in " + report);
    }

    private static Map<String, Integer> reasons(JsonNode pupil) {
        Map<String, Integer> reasons = new HashMap<>();
        pupil.path("missedReasons").properties().forEach(e -> reasons.put(e.getKey(), e.getValue().asInt()));
        return reasons;
    }

    private static String status(JsonNode record, long pupilId) {
        for (JsonNode entry : record.path("attendance")) {
            if (entry.path("pupilId").asLong() == pupilId) {
                return entry.path("status").asString();
            }
        }
        throw new AssertionError("pupil " + pupilId + " not in " + record);
    }

    /** The id of a pair's session in the newest published version, as the coordinator's published tutor grid shows it. */
    private static long publishedSessionId(TutoringWeek.Pair pair, int index) {
        try (var handle = server.database().jdbi().open()) {
            return handle.createQuery("""
                            SELECT ps.id FROM published_session ps
                            WHERE ps.pair_id = :pair AND ps.session_index = :index
                              AND ps.version_id = (SELECT MAX(v.id) FROM schedule_version v WHERE v.school_id = ps.school_id)""")
                    .bind("pair", pair.id()).bind("index", index).mapTo(Long.class).one();
        }
    }

    private static int rowsWithRecordId(String recordId) {
        return count("SELECT COUNT(*) FROM session_record WHERE record_id = :v", recordId);
    }

    private static int rowsOfPair(long pairId) {
        return count("SELECT COUNT(*) FROM session_record WHERE pair_id = :v", pairId);
    }

    private static int rowsOnDate(LocalDate date) {
        return count("SELECT COUNT(*) FROM session_record WHERE session_date = :v", date);
    }

    private static int count(String sql, Object value) {
        return server.database().jdbi().withHandle(h -> h.createQuery(sql).bind("v", value).mapTo(Integer.class).one());
    }

    private static Answer put(long session, LocalDate date, Map<String, Object> body) {
        return tutor.send("PUT", recordPath(session, date), json(body));
    }

    private static String recordPath(long publishedSessionId, LocalDate date) {
        return "/api/sessions/records/" + publishedSessionId + "/" + date;
    }

    private static Map<String, Object> held(String recordId, int minutes, Map<Long, String> attendance) {
        List<Map<String, Object>> entries = new ArrayList<>();
        attendance.forEach((pupil, status) -> entries.add(Map.of("pupilId", pupil, "status", status)));
        return Map.of("recordId", recordId, "held", true, "minutes", minutes, "topic", "fractions", "note", "Breuken vergelijken",
                "attendance", entries);
    }

    private static Map<String, Object> cancelled(String recordId, String reason) {
        return Map.of("recordId", recordId, "held", false, "cancelReason", reason, "attendance", List.of());
    }

    private static Map<String, Object> contact(long pupil) {
        return Map.of("pupilId", pupil, "kind", "PARENTS", "date", TODAY.toString(), "channel", "PHONE",
                "note", "Wekelijks gesprek: gaat vooruit met breuken.");
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String json(Object body) {
        return ApiClient.JSON.writeValueAsString(body);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static JsonNode session(List<JsonNode> sessions, long pairId, int index) {
        return sessions.stream().filter(s -> s.path("pairId").asLong() == pairId && s.path("sessionIndex").asInt() == index)
                .findFirst().orElseThrow(() -> new AssertionError("no session " + index + " of pair " + pairId + " in " + sessions));
    }
}
