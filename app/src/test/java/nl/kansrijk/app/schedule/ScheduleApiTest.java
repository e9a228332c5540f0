package nl.kansrijk.app.schedule;

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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small tutoring programme in the demo school, planned end to end over HTTP with the real
 * solver: the HDT candidates of classes 1A and 1B, three sessions a week each.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduleApiTest {

    private static final Set<String> CORE_SUBJECTS = Set.of("ne", "wi", "en");

    private static TestServer server;
    private static ApiClient coordinator;

    @BeforeAll
    static void enrolAndPair() {
        server = TestServer.startWithDemo();
        coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
        List<Long> candidates = new ArrayList<>();
        for (JsonNode klass : coordinator.get("/api/roster/classes").json()) {
            if (klass.path("code").asString().equals("1A") || klass.path("code").asString().equals("1B")) {
                for (JsonNode pupil : coordinator.get("/api/roster/pupils?limit=100&classId=" + klass.path("id").asLong())
                        .json().path("items")) {
                    if (pupil.path("hdtCandidate").asBoolean()) {
                        candidates.add(pupil.path("id").asLong());
                    }
                }
            }
        }
        Answer enrolled = coordinator.post("/api/schedule/enrolments", Map.of("pupilIds", candidates,
                "programme", "IN_SCHOOL", "subject", "wi", "sessionsPerWeek", 3));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.json().path("enrolled").asInt()).isEqualTo(candidates.size()).isGreaterThan(5);
        assertThat(coordinator.post("/api/schedule/pairs/form", Map.of()).status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void generate_plansEveryPairAroundRegularLessonsWithOneTutorPerPair() {
        JsonNode run = runToEnd("GENERATE");

        assertThat(run.path("state").asString()).isEqualTo("FINISHED");
        assertThat(run.path("hard").asInt()).isZero();
        JsonNode week = coordinator.get("/api/schedule/week").json();
        assertThat(week.path("unplanned").asInt()).isZero();
        assertNoSessionBreaksTheRegularTimetable(week);
        Map<Long, Set<Long>> tutorsPerPair = new HashMap<>();
        for (JsonNode session : week.path("sessions")) {
            tutorsPerPair.computeIfAbsent(session.path("pairId").asLong(), k -> new HashSet<>()).add(session.path("tutorId").asLong());
        }
        assertThat(tutorsPerPair.values()).allSatisfy(tutors -> assertThat(tutors).hasSize(1));
        assertThat(new ApiClient(server.baseUrl()).get("/metrics").body())
                .contains("kansrijk_solver_runs_seconds_count{application=\"kansrijk\",feasible=\"true\",mode=\"GENERATE\",outcome=\"FINISHED\"}")
                .contains("kansrijk_solver_final_medium");
        JsonNode explanation = coordinator.get("/api/schedule/explanation").json();
        assertThat(explanation.path("feasible").asBoolean()).isTrue();
        assertThat(explanation.path("unplanned").size()).isZero();
    }

    @Test
    @Order(2)
    void replan_afterTutorFallsIllOnWednesday_movesOnlyTheirWednesdaySessionsAndKeepsPins() {
        assertThat(coordinator.post("/api/schedule/publish", Map.of()).status()).isEqualTo(201);
        JsonNode before = coordinator.get("/api/schedule/week").json().path("sessions");
        long sickTutor = tutorWithWednesdaySession(before);
        JsonNode pinned = firstSessionNotOf(before, sickTutor);
        assertThat(coordinator.send("PATCH", "/api/schedule/sessions/" + pinned.path("id").asLong(), "{\"pinned\":true}")
                .status()).isEqualTo(204);
        assertThat(coordinator.post("/api/schedule/absences", Map.of("tutorId", sickTutor, "day", "WEDNESDAY")).status())
                .isEqualTo(201);

        JsonNode run = runToEnd("REPLAN");

        assertThat(run.path("state").asString()).isEqualTo("FINISHED");
        Map<Long, JsonNode> after = new HashMap<>();
        coordinator.get("/api/schedule/week").json().path("sessions").forEach(s -> after.put(s.path("id").asLong(), s));
        for (JsonNode old : before) {
            JsonNode now = after.get(old.path("id").asLong());
            boolean mustMove = old.path("tutorId").asLong() == sickTutor && old.path("day").asString().equals("WEDNESDAY");
            if (mustMove) {
                assertThat(now.path("day").asString()).as("session %s of the sick tutor", old.path("id")).isNotEqualTo("WEDNESDAY");
            } else {
                assertThat(placement(now)).as("session %s stays", old.path("id")).isEqualTo(placement(old));
            }
        }
        assertThat(after.get(pinned.path("id").asLong()).path("pinned").asBoolean()).isTrue();
        assertThat(after.values()).filteredOn(s -> !s.path("day").isNull()).anySatisfy(s ->
                assertThat(s.path("movedSincePublished").asBoolean()).isTrue());
    }

    @Test
    @Order(3)
    void publishedWeek_showsInTheTutorGridAndTheirCalendarFeed() {
        JsonNode session = coordinator.get("/api/schedule/week").json().path("sessions").get(0);
        long tutor = session.path("tutorId").asLong();

        JsonNode grid = coordinator.get("/api/schedule/grid/tutor/" + tutor + "?source=published").json();
        JsonNode link = coordinator.post("/api/schedule/calendar-links", Map.of("tutorId", tutor)).json();
        Answer ics = new ApiClient(server.baseUrl()).get(link.path("path").asString());

        assertThat(grid.path("sessions").size()).isGreaterThan(0);
        assertThat(grid.path("version").asInt()).isEqualTo(1);
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.body()).contains("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("RRULE:FREQ=WEEKLY");
        assertThat(ics.body().split("BEGIN:VEVENT", -1)).hasSize(grid.path("sessions").size() + 1);
        assertThat(new ApiClient(server.baseUrl()).get("/calendar/not-a-real-link.ics").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void pupilGrid_showsRegularLessonsAndTutoringTogether() {
        JsonNode pair = coordinator.get("/api/schedule/pairs").json().get(0);
        long pupil = pair.path("pupils").get(0).path("id").asLong();

        JsonNode grid = coordinator.get("/api/schedule/grid/pupil/" + pupil).json();

        assertThat(grid.path("lessons").size()).isGreaterThan(20);
        assertThat(grid.path("sessions").size()).isEqualTo(3);
    }

    @Test
    @Order(5)
    void extendedDayEnrolment_withASessionLength_carriesItToPairsPublishedSessionsAndTheCalendar() {
        long pupil = coordinator.get("/api/roster/pupils?q=240500").json().path("items").get(0).path("id").asLong();
        Answer tooLong = coordinator.post("/api/schedule/enrolments", Map.of("pupilIds", List.of(pupil),
                "programme", "EXTENDED_DAY", "subject", "wi", "sessionsPerWeek", 2, "sessionMinutes", 90));
        Answer enrolled = coordinator.post("/api/schedule/enrolments", Map.of("pupilIds", List.of(pupil),
                "programme", "EXTENDED_DAY", "subject", "wi", "sessionsPerWeek", 2, "sessionMinutes", 35));

        assertThat(tooLong.status()).as("the demo's extended-day slots last 40–60 minutes").isEqualTo(400);
        assertThat(tooLong.json().path("message").asString()).contains("15–40");
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        JsonNode pair = null;
        for (JsonNode candidate : coordinator.post("/api/schedule/pairs/form", Map.of()).json()) {
            if (candidate.path("programme").asString().equals("EXTENDED_DAY")) {
                pair = candidate;
            }
        }
        assertThat(pair).isNotNull();
        assertThat(pair.path("sessionMinutes").asInt()).isEqualTo(35);
    }

    @Test
    @Order(6)
    void startRun_withBadModeOrTimeLimit_isRefusedWithAMessage() {
        assertThat(coordinator.post("/api/schedule/runs", Map.of("mode", "DREAM")).status()).isEqualTo(400);
        Answer tooLong = coordinator.post("/api/schedule/runs", Map.of("mode", "GENERATE", "timeLimitSeconds", 3600));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("message").asString()).contains("1–600");
    }

    /** No planned session sits on a core-subject lesson, and no other subject is missed twice in a week. */
    private static void assertNoSessionBreaksTheRegularTimetable(JsonNode week) {
        Map<Long, Map<String, String>> lessonsByPupil = new HashMap<>();
        Map<String, Integer> missed = new HashMap<>();
        Set<String> pupilDays = new HashSet<>();
        for (JsonNode session : week.path("sessions")) {
            String slot = session.path("day").asString() + "-" + session.path("period").asInt();
            for (JsonNode pupil : session.path("pupils")) {
                long id = pupil.path("id").asLong();
                Map<String, String> lessons = lessonsByPupil.computeIfAbsent(id, ScheduleApiTest::regularLessons);
                String subject = lessons.get(slot);
                assertThat(subject).as("pupil %s at %s", id, slot).isNotIn(CORE_SUBJECTS);
                if (subject != null) {
                    assertThat(missed.merge(id + subject, 1, Integer::sum)).as("pupil %s misses %s", id, subject).isEqualTo(1);
                }
                assertThat(pupilDays.add(id + session.path("day").asString())).as("one session a day for %s", id).isTrue();
            }
        }
    }

    private static Map<String, String> regularLessons(long pupil) {
        Map<String, String> lessons = new HashMap<>();
        for (JsonNode lesson : coordinator.get("/api/roster/pupils/" + pupil + "/timetable").json().path("lessons")) {
            for (int p = 0; p < lesson.path("durationPeriods").asInt(); p++) {
                lessons.put(lesson.path("day").asString() + "-" + (lesson.path("period").asInt() + p), lesson.path("subject").asString());
            }
        }
        return lessons;
    }

    private static JsonNode runToEnd(String mode) {
        Answer started = coordinator.post("/api/schedule/runs", Map.of("mode", mode, "timeLimitSeconds", 5));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().path("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        JsonNode status = started.json();
        while (status.path("state").asString().equals("SOLVING") && Instant.now().isBefore(deadline)) {
            pause();
            status = coordinator.get("/api/schedule/runs/" + id).json();
        }
        return status;
    }

    private static void pause() {
        try {
            Thread.sleep(250); // polling the run status, as the page does
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long tutorWithWednesdaySession(JsonNode sessions) {
        for (JsonNode s : sessions) {
            if (s.path("day").asString().equals("WEDNESDAY")) {
                return s.path("tutorId").asLong();
            }
        }
        throw new AssertionError("no session on Wednesday");
    }

    private static JsonNode firstSessionNotOf(JsonNode sessions, long tutor) {
        for (JsonNode s : sessions) {
            if (s.path("tutorId").asLong() != tutor && !s.path("day").isNull()) {
                return s;
            }
        }
        throw new AssertionError("every session belongs to one tutor");
    }

    private static String placement(JsonNode session) {
        return session.path("day").asString() + "/" + session.path("period").asString() + "/" + session.path("roomId").asString();
    }
}
