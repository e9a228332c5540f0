package nl.kansrijk.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The service's configuration, read once at start-up from command-line flags, then environment
 * variables, then defaults (in that order of precedence).
 */
public record AppConfig(int port, Path dataDir, Optional<String> jdbcUrl, boolean loadDemo, boolean secureCookies) {

    public static final int DEFAULT_PORT = 7070;
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public static final String USAGE = """
            Kansrijk — tutoring programmes for schools

            Usage: java -jar app/target/kansrijk.jar [options]

              --port N           HTTP port (env KANSRIJK_PORT, default 7070)
              --data-dir DIR     directory for the embedded H2 database (env KANSRIJK_DATA_DIR, default ./data)
              --jdbc-url URL     use this JDBC URL instead of the embedded database (env KANSRIJK_JDBC_URL)
              --demo             load the demo school (and its demo sign-ins) when it is not there yet
              --secure-cookies   mark the session cookie Secure (env KANSRIJK_SECURE_COOKIES=true); use behind HTTPS
              --help             show this text
            """;

    /** Thrown for flags a person must correct; its message says how. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    public static AppConfig parse(String[] args, Map<String, String> env) {
        int port = env.containsKey("KANSRIJK_PORT") ? parsePort(env.get("KANSRIJK_PORT"), "KANSRIJK_PORT") : DEFAULT_PORT;
        Path dataDir = env.containsKey("KANSRIJK_DATA_DIR") ? Path.of(env.get("KANSRIJK_DATA_DIR")) : DEFAULT_DATA_DIR;
        Optional<String> jdbcUrl = Optional.ofNullable(env.get("KANSRIJK_JDBC_URL")).filter(s -> !s.isBlank());
        boolean demo = false;
        boolean secureCookies = Boolean.parseBoolean(env.getOrDefault("KANSRIJK_SECURE_COOKIES", "false"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort(valueAfter(args, i++), "--port");
                case "--data-dir" -> dataDir = Path.of(valueAfter(args, i++));
                case "--jdbc-url" -> jdbcUrl = Optional.of(valueAfter(args, i++));
                case "--demo" -> demo = true;
                case "--secure-cookies" -> secureCookies = true;
                default -> throw new UsageException("Unknown option '" + args[i] + "'. Run with --help to see the options.");
            }
        }
        return new AppConfig(port, dataDir, jdbcUrl, demo, secureCookies);
    }

    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    /** The embedded database unless a JDBC URL was given. */
    public String effectiveJdbcUrl() {
        // WRITE_DELAY=0: a committed transaction is written at commit, so an acknowledged record survives kill -9.
        // DB_CLOSE_ON_EXIT=FALSE: we close the database ourselves on SIGTERM, after the HTTP server has stopped.
        return jdbcUrl.orElseGet(() -> "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("kansrijk")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    public AppConfig withPort(int newPort) {
        return new AppConfig(newPort, dataDir, jdbcUrl, loadDemo, secureCookies);
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new UsageException("Option " + args[i] + " needs a value. Run with --help to see the options.");
        }
        return args[i + 1];
    }

    private static int parsePort(String value, String source) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(source + " must be a port number between 0 and 65535, not '" + value + "'.");
        }
    }
}
