package nl.kansrijk.app;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import nl.kansrijk.app.db.Database;
import nl.kansrijk.app.ops.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;

/** Reads the configuration, opens the database, starts the service and closes both cleanly on SIGTERM. */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        if (AppConfig.wantsHelp(args)) {
            System.out.print(AppConfig.USAGE);
            return;
        }
        AppConfig config;
        try {
            config = AppConfig.parse(args, System.getenv());
        } catch (AppConfig.UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (config.jdbcUrl().isEmpty()) {
            Files.createDirectories(config.dataDir());
        }
        PrometheusMeterRegistry registry = Metrics.newRegistry();
        Database database = Database.open(config.effectiveJdbcUrl(), registry);
        KansrijkApp app = new KansrijkApp(config, database, registry, Clock.systemDefaultZone()).loadDemoIfRequested().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping: HTTP first, then the database");
            app.stop();
            database.close();
            log.info("stopped cleanly");
        }, "kansrijk-shutdown"));
        log.atInfo().addKeyValue("port", app.port()).addKeyValue("url", "http://localhost:" + app.port() + "/")
                .log("Kansrijk is running: open http://localhost:" + app.port() + "/");
    }
}
