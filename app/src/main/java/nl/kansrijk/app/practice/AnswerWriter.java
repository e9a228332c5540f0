package nl.kansrijk.app.practice;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Group commit for practice answers: requests hand their rows to one writer thread, which stores
 * everything that arrived meanwhile in a single transaction and then acknowledges each request.
 * A request is answered only after its rows are committed (and, with WRITE_DELAY=0, written), so
 * an acknowledged answer is never lost — but many answers share one disk write.
 */
final class AnswerWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswerWriter.class);
    private static final int MAX_BATCH = 500;

    /** Everything one answer changes. */
    record Write(long school, long pupil, PracticeStore.AnswerRow answer, Instant receivedAt, String partnerItemId,
                 PracticeStore.RatingRow pupilRating, List<PracticeStore.RatingRow> itemRatings) {
    }

    private record Pending(Write write, CompletableFuture<Void> committed) {
    }

    private final Jdbi jdbi;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final DistributionSummary batchSizes;
    private volatile boolean running = true;

    AnswerWriter(Jdbi jdbi, MeterRegistry registry) {
        this.jdbi = jdbi;
        this.batchSizes = DistributionSummary.builder("kansrijk.practice.commit.batch")
                .description("Answers stored per database commit").register(registry);
        this.thread = new Thread(this::run, "practice-answer-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Completes when the write is committed; fails when it could not be stored. */
    CompletableFuture<Void> submit(Write write) {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        if (!running) {
            committed.completeExceptionally(new IllegalStateException("the service is stopping"));
            return committed;
        }
        queue.add(new Pending(write, committed));
        return committed;
    }

    private void run() {
        List<Pending> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            jdbi.useTransaction(h -> {
                PracticeStore store = h.attach(PracticeStore.class);
                for (Pending pending : batch) {
                    Write w = pending.write();
                    store.insertAnswer(w.school(), w.pupil(), w.answer(), w.receivedAt(), w.partnerItemId());
                    store.savePupilRating(w.school(), w.pupil(), w.pupilRating());
                    w.itemRatings().forEach(store::updateItemRating);
                }
            });
            batchSizes.record(batch.size());
            batch.forEach(pending -> pending.committed().complete(null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                log.atWarn().setCause(e).log("storing a practice answer failed");
                batch.get(0).committed().completeExceptionally(e);
                return;
            }
            // One bad write must not take the others down: store them one by one.
            for (Pending pending : batch) {
                commit(new ArrayList<>(List.of(pending)));
            }
        }
    }

    /** Stores what is queued, then stops. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
