package nl.kansrijk.app.ops;

import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import nl.kansrijk.app.auth.Role;
import nl.kansrijk.app.db.Database;

import java.util.Map;

/** Liveness for load balancers and metrics for Prometheus. Both carry no school data. */
public final class OpsRoutes {

    private final Database database;
    private final PrometheusMeterRegistry registry;

    public OpsRoutes(Database database, PrometheusMeterRegistry registry) {
        this.database = database;
        this.registry = registry;
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> {
            boolean up = database.isHealthy();
            ctx.status(up ? 200 : 503).json(Map.of("status", up ? "UP" : "DOWN", "database", up ? "UP" : "DOWN"));
        }, Role.ANYONE);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()),
                Role.ANYONE);
    }
}
