package nl.kansrijk.app.practice;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.AppConfig;
import nl.kansrijk.app.ServiceProcess;
import nl.kansrijk.app.db.Database;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §8: an acknowledged answer is never lost, kill -9 included. The embedded database writes
 * each commit at once (WRITE_DELAY=0); without it H2 may hold commits back for half a second.
 */
class AnswerDurabilityTest {

    @Test
    @Timeout(180)
    void acknowledgedAnswers_surviveKillMinus9() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        long pupilId;
        try (ServiceProcess service = ServiceProcess.start(dataDir)) {
            ApiClient pupil = new ApiClient(service.baseUrl());
            pupilId = pupil.signInPupil(DemoSetup.CLASS_CODE, DemoSetup.personalCode(0)).json().path("pupilId").asLong();
            JsonNode item = pupil.post("/api/practice/addition/next", Map.of("difficulty", "EASY")).json().get(0);
            for (int i = 0; i < 40; i++) {
                String answerId = UUID.randomUUID().toString();
                JsonNode feedback = pupil.post("/api/practice/addition/answers", Map.of("answerId", answerId,
                        "itemId", item.path("itemId").asString(), "answer", item.path("answer").asString(),
                        "responseMillis", 1500, "difficulty", "EASY")).json();
                assertThat(feedback.path("answerId").asString()).isEqualTo(answerId);
                acknowledged.add(answerId);
                item = feedback.path("next").get(0);
            }

            service.signal("KILL");
            service.awaitExit();
        }

        AppConfig config = new AppConfig(0, dataDir, Optional.empty(), false, false);
        try (Database reopened = Database.open(config.effectiveJdbcUrl(), new SimpleMeterRegistry())) {
            Set<String> stored = new HashSet<>(reopened.jdbi().withHandle(h -> h.createQuery(
                    "SELECT answer_id FROM practice_answer WHERE pupil_id = :p").bind("p", pupilId).mapTo(String.class).list()));
            assertThat(stored).isEqualTo(acknowledged);
            double rating = reopened.jdbi().withHandle(h -> h.createQuery(
                    "SELECT (c0_value + c1_value) / 2 FROM pupil_rating WHERE pupil_id = :p AND domain = 'addition'")
                    .bind("p", pupilId).mapTo(Double.class).one());
            double lastLogged = reopened.jdbi().withHandle(h -> h.createQuery("""
                    SELECT theta_after FROM practice_answer WHERE pupil_id = :p ORDER BY received_at DESC LIMIT 1""")
                    .bind("p", pupilId).mapTo(Double.class).one());
            assertThat(rating).as("the stored rating is the one after the last acknowledged answer")
                    .isEqualTo(lastLogged, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @TempDir
    Path dataDir;
}
