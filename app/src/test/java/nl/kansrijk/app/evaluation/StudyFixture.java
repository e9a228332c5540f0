package nl.kansrijk.app.evaluation;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.roster.demo.DemoSetup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small study's raw material in the demo school: six pupils of class 1A practise addition five
 * days ago (pupils 1, 3 and 5 right, the others "?") and an hour ago (all right, 5 + i answers);
 * the first four are enrolled in tutoring, the other two stay in the comparison group.
 */
public record StudyFixture(List<Long> tutored, List<Long> practisingComparison) {

    public static StudyFixture practiseAndEnrol(String baseUrl) {
        ApiClient coordinator = ApiClient.signedIn(baseUrl, DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
        Instant now = Instant.now();
        List<Long> tutored = new ArrayList<>();
        List<Long> comparison = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ApiClient pupil = new ApiClient(baseUrl);
            long id = pupil.signInPupil(DemoSetup.CLASS_CODE, DemoSetup.personalCode(i)).json().path("pupilId").asLong();
            (i < 4 ? tutored : comparison).add(id);
            practise(pupil, now.minus(Duration.ofDays(5)), i % 2 == 0, 5);
            practise(pupil, now.minus(Duration.ofHours(1)), true, 5 + i);
        }
        assertThat(coordinator.post("/api/schedule/enrolments", Map.of("pupilIds", tutored, "programme", "IN_SCHOOL",
                "subject", "wi", "sessionsPerWeek", 3)).status()).isEqualTo(201);
        return new StudyFixture(List.copyOf(tutored), List.copyOf(comparison));
    }

    /** Answers {@code answers} addition items as if at {@code at} (the browser's clock for answers kept offline). */
    public static void practise(ApiClient pupil, Instant at, boolean right, int answers) {
        var item = pupil.post("/api/practice/addition/next", Map.of("difficulty", "MEDIUM")).json().get(0);
        for (int n = 0; n < answers; n++) {
            Map<String, Object> body = new HashMap<>(Map.of("answerId", UUID.randomUUID().toString(),
                    "itemId", item.path("itemId").asString(), "answer", right ? item.path("answer").asString() : "?",
                    "responseMillis", 4000, "difficulty", "MEDIUM", "answeredAt", at.plusSeconds(n * 10L).toString()));
            item = pupil.post("/api/practice/addition/answers", body).json().path("next").get(0);
        }
    }
}
