package nl.kansrijk.app.sessions;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.ApiClient.Answer;
import nl.kansrijk.app.AppConfig;
import nl.kansrijk.app.ServiceProcess;
import nl.kansrijk.app.db.Database;
import nl.kansrijk.app.roster.demo.DemoSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN §8: an acknowledged session record is never lost, kill -9 included, and never counted
 * twice. The service runs as its own process on the real clock, so the records go to the Mondays
 * of past weeks.
 */
class SessionRecordDurabilityTest {

    private static final int WEEKS = 25;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(180)
    void acknowledgedRecords_surviveKillMinus9_andAResentRecordIsStoredOnce() throws Exception {
        Set<String> acknowledged = new HashSet<>();
        try (ServiceProcess service = ServiceProcess.start(dataDir)) {
            ApiClient coordinator = ApiClient.signedIn(service.baseUrl(), DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
            TutoringWeek week = new TutoringWeek(coordinator);
            ApiClient tutor = ApiClient.signedIn(service.baseUrl(), DemoSetup.TUTOR, DemoSetup.PASSWORD);
            long mondaySession = tutor.get("/api/sessions/my-week").json().path("sessions").valueStream()
                    .filter(s -> s.path("pairId").asLong() == week.a.id() && s.path("sessionIndex").asInt() == 1)
                    .findFirst().orElseThrow().path("publishedSessionId").asLong();
            LocalDate lastMonday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            for (int i = 0; i < WEEKS; i++) {
                String recordId = UUID.randomUUID().toString();
                String body = ApiClient.JSON.writeValueAsString(Map.of("recordId", recordId, "held", true, "minutes", 50,
                        "attendance", List.of(Map.of("pupilId", week.a.first().id(), "status", "PRESENT"),
                                Map.of("pupilId", week.a.second().id(), "status", "LATE"))));
                String path = "/api/sessions/records/" + mondaySession + "/" + lastMonday.minusWeeks(i);
                Answer stored = tutor.send("PUT", path, body);
                assertThat(stored.status()).as(stored.body()).isEqualTo(201);
                acknowledged.add(recordId);
                if (i == 0) {
                    assertThat(tutor.send("PUT", path, body).status()).as("the resend").isEqualTo(200);
                }
            }

            service.signal("KILL");
            service.awaitExit();
        }

        AppConfig config = new AppConfig(0, dataDir, Optional.empty(), false, false);
        try (Database reopened = Database.open(config.effectiveJdbcUrl(), new SimpleMeterRegistry())) {
            List<String> stored = reopened.jdbi().withHandle(h -> h.createQuery("SELECT record_id FROM session_record")
                    .mapTo(String.class).list());
            assertThat(stored).hasSize(WEEKS);
            assertThat(new HashSet<>(stored)).isEqualTo(acknowledged);
            int attendance = reopened.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM session_attendance")
                    .mapTo(Integer.class).one());
            assertThat(attendance).as("two pupils per record").isEqualTo(2 * WEEKS);
        }
    }
}
