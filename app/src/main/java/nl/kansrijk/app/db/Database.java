package nl.kansrijk.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The connection pool, the schema migrations and the Jdbi handle, opened and closed together. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Opens the pool, brings the schema up to date (never dropping data) and reports pool figures to metrics. */
    public static Database open(String jdbcUrl, MeterRegistry registry) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("kansrijk");
        config.setMaximumPoolSize(16);
        config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** True when the database answers a trivial query. */
    public boolean isHealthy() {
        try {
            return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Closes the pool; an embedded H2 database is shut down so that its file is left clean. */
    @Override
    public void close() {
        if (dataSource.getJdbcUrl().startsWith("jdbc:h2:")) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already closed: nothing left to flush
            }
        }
        dataSource.close();
    }
}
