package nl.kansrijk.app.ops;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.AppConfig;
import nl.kansrijk.app.ServiceProcess;
import nl.kansrijk.app.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The real main class in its own process: it starts with the demo, and SIGTERM closes it cleanly. */
class ProcessLifecycleTest {

    @Test
    @Timeout(120)
    void sigterm_stopsHttpAndClosesTheDatabaseCleanly(@TempDir Path dataDir) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(dataDir)) {
            assertThat(new ApiClient(service.baseUrl()).get("/health").status()).isEqualTo(200);

            service.signal("TERM");

            assertThat(String.join("\n", service.awaitExit())).contains("stopped cleanly").doesNotContain("\"level\":\"ERROR\"");
        }
        AppConfig config = new AppConfig(0, dataDir, Optional.empty(), false, false);
        try (Database reopened = Database.open(config.effectiveJdbcUrl(), new SimpleMeterRegistry())) {
            int pupils = reopened.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pupil").mapTo(Integer.class).one());
            assertThat(pupils).as("the demo school is still there after the restart").isEqualTo(600);
        }
    }
}
