package nl.kansrijk.app.practice;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.TestServer;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.startWithDemo();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ApiClient pupil(int index) {
        ApiClient pupil = new ApiClient(server.baseUrl());
        assertThat(pupil.signInPupil(DemoSetup.CLASS_CODE, DemoSetup.personalCode(index)).status()).isEqualTo(200);
        return pupil;
    }

    private static Map<String, Object> answer(String answerId, JsonNode item, String given, long millis) {
        Map<String, Object> body = new HashMap<>();
        body.put("answerId", answerId);
        body.put("itemId", item.path("itemId").asString());
        body.put("answer", given);
        body.put("responseMillis", millis);
        body.put("difficulty", "MEDIUM");
        return body;
    }

    private static long storedAnswers(long pupilId) {
        return server.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM practice_answer WHERE pupil_id = :p")
                .bind("p", pupilId).mapTo(Long.class).one());
    }

    @Test
    void POST_answer_correctAndFast_raisesTheRatingAndReturnsTheNextItem() {
        ApiClient pupil = pupil(0);
        JsonNode item = pupil.post("/api/practice/addition/next", Map.of("difficulty", "MEDIUM", "count", 3)).json().get(0);

        JsonNode feedback = pupil.post("/api/practice/addition/answers",
                answer(UUID.randomUUID().toString(), item, item.path("answer").asString(), 2500)).json();

        assertThat(feedback.path("outcome").asString()).isEqualTo("CORRECT");
        assertThat(feedback.path("ratingAfter").asDouble()).isGreaterThan(feedback.path("ratingBefore").asDouble());
        assertThat(feedback.path("score").asDouble()).as("S = 1 − t/d = 1 − 2.5/20").isEqualTo(0.875, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(feedback.path("next").get(0).path("itemId").asString()).isNotEqualTo(item.path("itemId").asString());
    }

    @Test
    void metrics_showAnswersLatencyAndRatingUpdates() {
        ApiClient pupil = pupil(7);
        JsonNode item = pupil.post("/api/practice/number-sense/next", Map.of("difficulty", "EASY")).json().get(0);
        pupil.post("/api/practice/number-sense/answers", answer(UUID.randomUUID().toString(), item, "?", 5000));

        String metrics = new ApiClient(server.baseUrl()).get("/metrics").body();

        assertThat(metrics).contains("kansrijk_practice_answers_total{application=\"kansrijk\",outcome=\"DONT_KNOW\"}")
                .contains("kansrijk_practice_answer_seconds_count").contains("kansrijk_practice_rating_updates_total")
                .contains("kansrijk_practice_commit_batch_count");
    }

    @Test
    void POST_answer_sameAnswerIdTwice_isStoredAndCountedOnce() {
        ApiClient pupil = pupil(1);
        long pupilId = pupil.get("/api/auth/me").json().path("pupilId").asLong();
        JsonNode item = pupil.post("/api/practice/multiplication/next", Map.of("difficulty", "EASY")).json().get(0);
        String answerId = UUID.randomUUID().toString();

        JsonNode first = pupil.post("/api/practice/multiplication/answers", answer(answerId, item, "?", 4000)).json();
        JsonNode second = pupil.post("/api/practice/multiplication/answers", answer(answerId, item, "?", 4000)).json();

        assertThat(first.path("duplicate").asBoolean()).isFalse();
        assertThat(first.path("outcome").asString()).isEqualTo("DONT_KNOW");
        assertThat(second.path("duplicate").asBoolean()).isTrue();
        assertThat(second.path("ratingAfter").asDouble()).isEqualTo(first.path("ratingAfter").asDouble());
        assertThat(storedAnswers(pupilId)).isEqualTo(1);
        JsonNode me = pupil.get("/api/practice/me").json();
        assertThat(me.path("history").path("multiplication").size()).isEqualTo(1);
    }

    @Test
    void POST_answer_wrongOrTimedOut_lowersTheRating() {
        ApiClient pupil = pupil(2);
        JsonNode item = pupil.post("/api/practice/subtraction/next", Map.of("difficulty", "HARD")).json().get(0);

        JsonNode wrong = pupil.post("/api/practice/subtraction/answers",
                answer(UUID.randomUUID().toString(), item, "999999", 3000)).json();
        JsonNode next = wrong.path("next").get(0);
        JsonNode timedOut = pupil.post("/api/practice/subtraction/answers",
                answer(UUID.randomUUID().toString(), next, "", 20000)).json();

        assertThat(wrong.path("outcome").asString()).isEqualTo("WRONG");
        assertThat(wrong.path("ratingAfter").asDouble()).isLessThan(wrong.path("ratingBefore").asDouble());
        assertThat(timedOut.path("outcome").asString()).isEqualTo("TIMED_OUT");
        assertThat(timedOut.path("score").asDouble()).isZero();
    }

    @Test
    void pupil_cannotReachAnotherPupilsPractice() {
        ApiClient first = pupil(3);
        ApiClient other = pupil(4);
        long otherId = other.get("/api/auth/me").json().path("pupilId").asLong();

        assertThat(first.get("/api/practice/pupils/" + otherId).status()).isEqualTo(403);
        JsonNode item = other.post("/api/practice/division/next", Map.of("difficulty", "EASY")).json().get(0);
        String answerId = UUID.randomUUID().toString();
        other.post("/api/practice/division/answers", answer(answerId, item, "1", 3000));
        // The same answer id from another pupil is that pupil's own answer, not a look into the other's.
        JsonNode own = first.post("/api/practice/division/answers", answer(answerId, item, "1", 3000)).json();
        assertThat(own.path("duplicate").asBoolean()).isFalse();
        assertThat(storedAnswers(otherId)).isEqualTo(1);
    }

    @Test
    void tutor_seesOnlyTheirOwnPupilsRatings() {
        ApiClient coordinator = ApiClient.signedIn(server.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
        ApiClient tutor = ApiClient.signedIn(server.baseUrl(), DemoSetup.TUTOR, DemoSetup.PASSWORD);
        long pupilId = pupil(5).get("/api/auth/me").json().path("pupilId").asLong();
        assertThat(tutor.get("/api/practice/pupils/" + pupilId).status()).isEqualTo(403);

        long tutorId = coordinator.get("/api/roster/tutors").json().findValues("externalId").stream()
                .filter(id -> id.asString().equals("T01")).findFirst().map(x -> 0L).orElse(0L);
        for (JsonNode t : coordinator.get("/api/roster/tutors").json()) {
            if (t.path("externalId").asString().equals("T01")) {
                tutorId = t.path("id").asLong();
            }
        }
        coordinator.post("/api/schedule/enrolments", Map.of("pupilIds", java.util.List.of(pupilId), "programme", "IN_SCHOOL",
                "subject", "wi", "sessionsPerWeek", 2));
        long pairId = coordinator.post("/api/schedule/pairs/form", Map.of()).json().get(0).path("id").asLong();
        assertThat(coordinator.send("PUT", "/api/schedule/pairs/" + pairId + "/tutor",
                "{\"tutorId\":" + tutorId + ",\"pinned\":true}").status()).isEqualTo(204);

        Answer allowed = tutor.get("/api/practice/pupils/" + pupilId);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().path("ratings").size()).isEqualTo(7);
    }

    @Test
    void POST_answer_withBadInput_isRefusedWithAMessage() {
        ApiClient pupil = pupil(6);
        JsonNode item = pupil.post("/api/practice/fractions/next", Map.of("difficulty", "EASY")).json().get(0);

        Answer badId = pupil.post("/api/practice/fractions/answers", answer("x", item, "1/2", 1000));
        Answer otherDomain = pupil.post("/api/practice/addition/answers", answer(UUID.randomUUID().toString(), item, "1/2", 1000));
        Answer unknownDomain = pupil.post("/api/practice/astrology/next", Map.of("difficulty", "EASY"));
        Answer brokenJson = pupil.postRaw("/api/practice/fractions/answers", "{\"answerId\": 12,");

        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().path("message").asString()).contains("answerId");
        assertThat(otherDomain.status()).isEqualTo(400);
        assertThat(unknownDomain.status()).isEqualTo(400);
        assertThat(brokenJson.status()).isEqualTo(400);
    }
}
