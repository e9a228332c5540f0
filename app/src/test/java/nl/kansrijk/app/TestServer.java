package nl.kansrijk.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import nl.kansrijk.app.db.Database;
import nl.kansrijk.app.ops.Metrics;
import nl.kansrijk.app.roster.demo.DemoSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The real service on a free port with a fresh H2 file database in a temporary directory. */
public final class TestServer implements AutoCloseable {

    public static final String DEMO_COORDINATOR = DemoSetup.COORDINATOR;
    public static final String DEMO_PASSWORD = DemoSetup.PASSWORD;

    private final Path dataDir;
    private final Database database;
    private final KansrijkApp app;

    private TestServer(boolean demo) {
        this(demo, Clock.systemDefaultZone());
    }

    private TestServer(boolean demo, Clock clock) {
        try {
            dataDir = Files.createTempDirectory("kansrijk-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AppConfig config = new AppConfig(0, dataDir, Optional.empty(), demo, false);
        PrometheusMeterRegistry registry = Metrics.newRegistry();
        database = Database.open(config.effectiveJdbcUrl(), registry);
        app = new KansrijkApp(config, database, registry, clock).loadDemoIfRequested().start();
    }

    public static TestServer startWithDemo() {
        return new TestServer(true);
    }

    /** The demo school on a server whose clock the test chooses (for "today" and "this week"). */
    public static TestServer startWithDemo(Clock clock) {
        return new TestServer(true, clock);
    }

    public static TestServer startEmpty() {
        return new TestServer(false);
    }

    public String baseUrl() {
        return "http://localhost:" + app.port();
    }

    public KansrijkApp app() {
        return app;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        app.stop();
        database.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
