package nl.kansrijk.app.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import nl.kansrijk.app.ApiClient;
import nl.kansrijk.app.AppConfig;
import nl.kansrijk.app.db.Database;
import nl.kansrijk.app.ServiceProcess;
import nl.kansrijk.app.roster.demo.DemoSetup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Practice throughput (issue 4, DESIGN §7): the real service in its own process on a fresh H2
 * file database, and here a bounded load generator: N simulated pupils (default 600), each
 * answering in a closed loop over loopback HTTP — one round trip per answer, no think time.
 * Reports answers per second and latency percentiles, and checks that every acknowledged answer
 * is stored exactly once. With a target rate, each pupil paces itself to its share of it (a fixed
 * schedule, so a slow answer is not hidden by the next one waiting: latency is measured from the
 * moment the answer was due); without one, every pupil answers again as soon as it has its reply.
 *
 * <pre>mvn -q -DskipTests install
 * mvn -q -pl app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.kansrijk.app.bench.PracticeLoad -Dexec.args="600 60 30 2000"</pre>
 * (arguments: pupils, warm-up seconds, measured seconds, target answers per second or 0 for as fast as possible)
 */
public final class PracticeLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] DOMAINS = {"addition", "subtraction", "multiplication", "division", "fractions",
            "decimals-percentages", "number-sense"};

    private record Pupil(String cookie, String csrf, String domain) {
    }

    public static void main(String[] args) throws Exception {
        int pupils = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int measuredSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        double targetRate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        long intervalNanos = targetRate <= 0 ? 0 : (long) (pupils / targetRate * 1e9);
        Path dataDir = Files.createTempDirectory("kansrijk-load");
        try (ServiceProcess service = ServiceProcess.start(dataDir)) {
            List<Pupil> signedIn = signInPupils(service.baseUrl(), pupils);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong acknowledged = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            // Pupils wait in a queue ordered by when their next answer is due; a few sender threads take
            // whoever is due, answer, and put the pupil back with the next due time. Few threads, because
            // the generator shares the two cores with the service.
            java.util.concurrent.DelayQueue<Turn> due = new java.util.concurrent.DelayQueue<>();
            long now = System.nanoTime();
            for (Pupil pupil : signedIn) {
                JsonNode first = JSON.readTree(post(http, service.baseUrl() + "/api/practice/" + pupil.domain() + "/next", pupil,
                        "{\"difficulty\":\"MEDIUM\"}").body()).get(0);
                long offset = intervalNanos == 0 ? 0 : java.util.concurrent.ThreadLocalRandom.current().nextLong(intervalNanos);
                due.add(new Turn(pupil, first, now + offset, 1));
            }
            int senders = intervalNanos == 0 ? pupils : SENDER_THREADS;
            List<List<Long>> latencies = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(senders);
            for (int i = 0; i < senders; i++) {
                List<Long> samples = new ArrayList<>();
                latencies.add(samples);
                Thread thread = new Thread(() -> {
                    send(http, service.baseUrl(), due, intervalNanos, measuring, running, acknowledged, failures, samples);
                    done.countDown();
                }, "sender-" + i);
                thread.setDaemon(true);
                thread.start();
            }
            Thread.sleep(warmupSeconds * 1000L);
            long ackBefore = acknowledged.get();
            measuring.set(true);
            long start = System.nanoTime();
            Thread.sleep(measuredSeconds * 1000L);
            measuring.set(false);
            double seconds = (System.nanoTime() - start) / 1e9;
            long answers = acknowledged.get() - ackBefore;
            running.set(false);
            done.await();

            long[] all = latencies.stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray();
            service.signal("TERM");
            service.awaitExit();
            long stored = countStored(dataDir);
            System.out.printf("pupils=%d warmup=%ds measured=%.1fs target=%s answers/s%n", pupils, warmupSeconds, seconds,
                    targetRate <= 0 ? "unbounded" : String.format("%.0f", targetRate));
            System.out.printf("answers/s=%.0f  (acknowledged in window: %d, failures: %d)%n", answers / seconds, answers,
                    failures.get());
            System.out.printf("latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", pct(all, 50), pct(all, 95), pct(all, 99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6);
            System.out.printf("acknowledged in total=%d stored in practice_answer=%d%n", acknowledged.get(), stored);
        }
    }

    /** Sender threads when pupils are paced; closed-loop runs use one per pupil. */
    private static final int SENDER_THREADS = 48;

    /** A pupil's next answer: the item to answer and when it is due. */
    private record Turn(Pupil pupil, JsonNode item, long dueNanos, long number) implements java.util.concurrent.Delayed {
        @Override
        public long getDelay(java.util.concurrent.TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), java.util.concurrent.TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(java.util.concurrent.Delayed other) {
            return Long.compare(dueNanos, ((Turn) other).dueNanos);
        }
    }

    /**
     * Takes pupils whose answer is due, answers the item their previous reply gave, and queues them
     * again: paced, one interval later (latency counts from the due time, so falling behind shows);
     * closed loop, at once.
     */
    private static void send(HttpClient http, String baseUrl, java.util.concurrent.DelayQueue<Turn> due, long intervalNanos,
                             AtomicBoolean measuring, AtomicBoolean running, AtomicLong acknowledged, AtomicLong failures,
                             List<Long> samples) {
        while (running.get()) {
            Turn turn;
            try {
                turn = due.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (turn == null) {
                continue;
            }
            boolean right = turn.number() % 4 != 0;
            String body = JSON.writeValueAsString(Map.of("answerId", UUID.randomUUID().toString(),
                    "itemId", turn.item().path("itemId").asString(), "answer", right ? turn.item().path("answer").asString() : "?",
                    "responseMillis", 3000 + (turn.number() % 7) * 1000, "difficulty", "MEDIUM"));
            long t0 = intervalNanos > 0 ? turn.dueNanos() : System.nanoTime();
            JsonNode next = turn.item();
            try {
                HttpResponse<String> response = post(http, baseUrl + "/api/practice/" + turn.pupil().domain() + "/answers",
                        turn.pupil(), body);
                long elapsed = System.nanoTime() - t0;
                if (response.statusCode() == 200) {
                    acknowledged.incrementAndGet();
                    if (measuring.get()) {
                        samples.add(elapsed);
                    }
                    next = JSON.readTree(response.body()).path("next").get(0);
                } else {
                    failures.incrementAndGet();
                }
            } catch (Exception e) {
                failures.incrementAndGet();
            }
            long nextDue = intervalNanos > 0 ? turn.dueNanos() + intervalNanos : System.nanoTime();
            due.add(new Turn(turn.pupil(), next, nextDue, turn.number() + 1));
        }
    }

    private static HttpResponse<String> post(HttpClient http, String url, Pupil pupil, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Cookie", pupil.cookie())
                .header("X-CSRF-Token", pupil.csrf()).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Issues sign-in codes for every class of the demo school and signs in the first {@code count} pupils. */
    private static List<Pupil> signInPupils(String baseUrl, int count) throws Exception {
        ApiClient coordinator = ApiClient.signedIn(baseUrl, DemoSetup.COORDINATOR, DemoSetup.PASSWORD);
        HttpClient http = HttpClient.newHttpClient();
        List<Pupil> pupils = new ArrayList<>();
        for (JsonNode klass : coordinator.get("/api/roster/classes").json()) {
            JsonNode codes = coordinator.post("/api/roster/classes/" + klass.path("id").asLong() + "/signin-codes", Map.of()).json();
            for (JsonNode pupil : codes.path("pupils")) {
                if (pupils.size() == count) {
                    return pupils;
                }
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/pupil-login"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("classCode", codes.path("classCode").asString(),
                                        "personalCode", pupil.path("personalCode").asString())))).build(),
                        HttpResponse.BodyHandlers.ofString());
                String cookie = response.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
                pupils.add(new Pupil(cookie, JSON.readTree(response.body()).path("csrfToken").asString(),
                        DOMAINS[pupils.size() % DOMAINS.length]));
            }
        }
        if (pupils.size() < count) {
            throw new IllegalStateException("the demo school has only " + pupils.size() + " pupils");
        }
        return pupils;
    }

    /** Rows in the answer log, read from the database file after the service has stopped. */
    private static long countStored(Path dataDir) {
        AppConfig config = new AppConfig(0, dataDir, Optional.empty(), false, false);
        try (Database database = Database.open(config.effectiveJdbcUrl(), new SimpleMeterRegistry())) {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM practice_answer").mapTo(Long.class).one());
        }
    }

    private static double pct(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
