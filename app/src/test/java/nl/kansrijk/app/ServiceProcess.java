package nl.kansrijk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real main class in a process of its own, on the test's classpath, for signal and crash tests. */
public final class ServiceProcess implements AutoCloseable {

    // The JSON log line of Main names the port among its key-value pairs before the message.
    private static final Pattern RUNNING = Pattern.compile("\"port\":\"(\\d+)\".*Kansrijk is running");

    private final Process process;
    private final BufferedReader output;
    private final List<String> lines = new ArrayList<>();
    private final int port;

    private ServiceProcess(Process process) throws IOException {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        int found = -1;
        for (String line; found < 0 && (line = output.readLine()) != null; ) {
            lines.add(line);
            Matcher matcher = RUNNING.matcher(line);
            if (matcher.find()) {
                found = Integer.parseInt(matcher.group(1));
            }
        }
        if (found < 0) {
            throw new IllegalStateException("the service did not start:\n" + String.join("\n", lines));
        }
        this.port = found;
    }

    /**
     * Starts {@code Main --port 0 --data-dir DIR --demo} and waits until it listens: from the test
     * classpath under Surefire, or from the packaged jar (system property {@code kansrijk.jar},
     * default {@code app/target/kansrijk.jar}) when run by a benchmark entry point.
     */
    public static ServiceProcess start(Path dataDir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("java.class.path");
        List<String> command = classpath.contains("classes")
                ? List.of(java, "-cp", classpath,
                        "-Dlogback.configurationFile=" + Path.of("target", "classes", "logback.xml").toAbsolutePath(),
                        "nl.kansrijk.app.Main")
                : List.of(java, "-jar", System.getProperty("kansrijk.jar", "app/target/kansrijk.jar"));
        List<String> arguments = new ArrayList<>(command);
        // Extra JVM options for the service, e.g. a flight recording during a benchmark.
        String jvmOptions = System.getProperty("kansrijk.jvmOptions", "");
        if (!jvmOptions.isBlank()) {
            arguments.addAll(1, List.of(jvmOptions.trim().split("\\s+")));
        }
        arguments.addAll(List.of("--port", "0", "--data-dir", dataDir.toString(), "--demo"));
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        try {
            return new ServiceProcess(process);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Sends a signal as a service manager or the kernel would ("TERM", "KILL"). */
    public void signal(String name) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + name + " failed");
        }
    }

    /** Everything the process printed until it ended. */
    public List<String> awaitExit() throws IOException, InterruptedException {
        for (String line; (line = output.readLine()) != null; ) {
            lines.add(line);
        }
        process.waitFor();
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
