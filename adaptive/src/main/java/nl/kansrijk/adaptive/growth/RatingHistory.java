package nl.kansrijk.adaptive.growth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rating history of one pupil in one domain, built from the logged rating changes, answering
 * "what was the rating at this instant and how many answers were behind it" for growth charts and
 * pre/post measurement windows. Immutable.
 */
public final class RatingHistory {

    private final List<RatingChange> changes;

    /** Changes in any order; ties in time keep their given order. */
    public RatingHistory(List<RatingChange> changes) {
        List<RatingChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(RatingChange::at));
        this.changes = List.copyOf(sorted);
    }

    public int size() {
        return changes.size();
    }

    /**
     * The rating at {@code instant}: after the last change at or before it, or the starting rating
     * (the first change's "before") when the instant precedes them all; empty without any change.
     */
    public Optional<RatingSnapshot> at(Instant instant) {
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        int count = answersUpTo(instant);
        double rating = count == 0 ? changes.get(0).before() : changes.get(count - 1).after();
        return Optional.of(new RatingSnapshot(instant, rating, count));
    }

    /** Number of changes (one per answer) at or before {@code instant}. */
    public int answersUpTo(Instant instant) {
        int low = 0;
        int high = changes.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (changes.get(middle).at().isAfter(instant)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** The rating gained between two instants (post − pre), e.g. a voormeting and a nameting. */
    public Optional<Double> gain(Instant from, Instant to) {
        return at(from).flatMap(pre -> at(to).map(post -> post.rating() - pre.rating()));
    }

    /** Snapshots from {@code from} to {@code to} inclusive every {@code step}, for a growth chart. */
    public List<RatingSnapshot> series(Instant from, Instant to, Duration step) {
        if (step.isZero() || step.isNegative()) {
            throw new IllegalArgumentException("step must be positive: " + step);
        }
        List<RatingSnapshot> series = new ArrayList<>();
        for (Instant instant = from; !instant.isAfter(to); instant = instant.plus(step)) {
            at(instant).ifPresent(series::add);
        }
        return series;
    }
}
