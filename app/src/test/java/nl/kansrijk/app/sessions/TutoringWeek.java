package nl.kansrijk.app.sessions;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small published tutoring week in the demo school, placed by hand over the coordinator's API
 * (no solver, so every day, period and room is known): the HDT candidates of class 1A are
 * enrolled for two maths sessions a week and paired; the first two pairs of two are used.
 * <pre>
 *   pair A, tutor T01 (the demo tutor):  session 1 Monday period 3 (10:30–11:20), session 2 Wednesday period 3, room TK1
 *   pair B, tutor T02:                   session 1 Tuesday period 3, session 2 Thursday period 3, room TK2
 *   pair C, tutor T01:                   session 1 Monday period 5 (12:40–13:30), session 2 Thursday period 5, room TK3
 * </pre>
 */
public final class TutoringWeek {

    /** The tests' "today": Thursday 26 November 2026, 14:00 in Amsterdam. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    public record Pupil(long id, String name) {
    }

    public record Pair(long id, List<Pupil> pupils) {
        public Pupil first() {
            return pupils.get(0);
        }

        public Pupil second() {
            return pupils.get(1);
        }
    }

    public final ApiClient coordinator;
    public final Pair a;
    public final Pair b;
    public final Pair c;
    public final Map<String, Long> tutors = new HashMap<>();
    public final Map<String, Long> rooms = new HashMap<>();

    /** A clock that reads {@link #TODAY} at 14:00 Amsterdam time when the test starts and then runs on. */
    public static Clock clock() {
        Instant target = LocalDateTime.of(TODAY, java.time.LocalTime.of(14, 0)).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), target));
    }

    public TutoringWeek(ApiClient coordinator) {
        this.coordinator = coordinator;
        coordinator.get("/api/roster/tutors").json().forEach(t -> tutors.put(t.path("externalId").asString(), t.path("id").asLong()));
        coordinator.get("/api/roster/rooms").json().forEach(r -> rooms.put(r.path("externalId").asString(), r.path("id").asLong()));
        enrolClass1ACandidates();
        List<Pair> pairs = pairsOfTwo();
        a = pairs.get(0);
        b = pairs.get(1);
        c = pairs.get(2);
        setTutor(a, "T01");
        setTutor(b, "T02");
        setTutor(c, "T01");
        place(a, 1, "MONDAY", 3, "TK1");
        place(a, 2, "WEDNESDAY", 3, "TK1");
        place(b, 1, "TUESDAY", 3, "TK2");
        place(b, 2, "THURSDAY", 3, "TK2");
        place(c, 1, "MONDAY", 5, "TK3");
        place(c, 2, "THURSDAY", 5, "TK3");
        publish();
    }

    public void setTutor(Pair pair, String tutor) {
        Answer answer = coordinator.send("PUT", "/api/schedule/pairs/" + pair.id() + "/tutor",
                ApiClient.JSON.writeValueAsString(Map.of("tutorId", tutors.get(tutor), "pinned", true)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    }

    public void place(Pair pair, int index, String day, int period, String room) {
        long session = draftSessionId(pair, index);
        Answer answer = coordinator.send("PATCH", "/api/schedule/sessions/" + session, ApiClient.JSON.writeValueAsString(
                Map.of("day", day, "period", period, "roomId", rooms.get(room))));
        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    }

    public int publish() {
        Answer published = coordinator.post("/api/schedule/publish", Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        return published.json().path("number").asInt();
    }

    private void enrolClass1ACandidates() {
        List<Long> candidates = new ArrayList<>();
        for (JsonNode klass : coordinator.get("/api/roster/classes").json()) {
            if (klass.path("code").asString().equals("1A")) {
                for (JsonNode pupil : coordinator.get("/api/roster/pupils?limit=100&classId=" + klass.path("id").asLong())
                        .json().path("items")) {
                    if (pupil.path("hdtCandidate").asBoolean()) {
                        candidates.add(pupil.path("id").asLong());
                    }
                }
            }
        }
        Answer enrolled = coordinator.post("/api/schedule/enrolments", Map.of("pupilIds", candidates,
                "programme", "IN_SCHOOL", "subject", "wi", "sessionsPerWeek", 2));
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(coordinator.post("/api/schedule/pairs/form", Map.of()).status()).isEqualTo(200);
    }

    private List<Pair> pairsOfTwo() {
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode pair : coordinator.get("/api/schedule/pairs").json()) {
            if (pair.path("pupils").size() == 2) {
                List<Pupil> pupils = new ArrayList<>();
                pair.path("pupils").forEach(p -> pupils.add(new Pupil(p.path("id").asLong(), p.path("name").asString())));
                pairs.add(new Pair(pair.path("id").asLong(), pupils));
            }
        }
        assertThat(pairs).as("class 1A has enough HDT candidates for three pairs").hasSizeGreaterThanOrEqualTo(3);
        return pairs;
    }

    private long draftSessionId(Pair pair, int index) {
        for (JsonNode session : coordinator.get("/api/schedule/week").json().path("sessions")) {
            if (session.path("pairId").asLong() == pair.id() && session.path("index").asInt() == index) {
                return session.path("id").asLong();
            }
        }
        throw new AssertionError("no draft session " + index + " of pair " + pair.id());
    }
}
