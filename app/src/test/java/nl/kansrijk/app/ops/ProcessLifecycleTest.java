package nl.kansrijk.app.ops;

import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.db.Database;
import nl.kansrijk.app.AppConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The real main class in its own process: it starts with the demo, and SIGTERM closes it cleanly. */
class ProcessLifecycleTest {

    private static final Pattern RUNNING = Pattern.compile("\"port\":\"(\\d+)\".*Kansrijk is running");

    @Test
    @Timeout(120)
    void sigterm_stopsHttpAndClosesTheDatabaseCleanly(@TempDir Path dataDir) throws Exception {
        Process process = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=" + Path.of("target", "classes", "logback.xml").toAbsolutePath(),
                "nl.kansrijk.app.Main", "--port", "0", "--data-dir", dataDir.toString(), "--demo")
                .redirectErrorStream(true).start();
        try {
            stopWithSigterm(process, dataDir);
        } finally {
            process.destroyForcibly();
        }
    }

    private static void stopWithSigterm(Process process, Path dataDir) throws Exception {
        List<String> output = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int port = -1;
        for (String line; port < 0 && (line = reader.readLine()) != null; ) {
            output.add(line);
            Matcher matcher = RUNNING.matcher(line);
            if (matcher.find()) {
                port = Integer.parseInt(matcher.group(1));
            }
        }
        assertThat(port).as(String.join("\n", output)).isPositive();
        assertThat(new ApiClient("http://localhost:" + port).get("/health").status()).isEqualTo(200);

        // SIGTERM as a service manager sends it (Process.destroy would also close our end of its output).
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start().waitFor()).isZero();
        for (String line; (line = reader.readLine()) != null; ) {
            output.add(line);
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(String.join("\n", output)).contains("stopped cleanly").doesNotContain("\"level\":\"ERROR\"");
        AppConfig config = new AppConfig(0, dataDir, Optional.empty(), false, false);
        try (Database reopened = Database.open(config.effectiveJdbcUrl(), new SimpleMeterRegistry())) {
            int pupils = reopened.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pupil").mapTo(Integer.class).one());
            assertThat(pupils).as("the demo school is still there after the restart").isEqualTo(600);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
