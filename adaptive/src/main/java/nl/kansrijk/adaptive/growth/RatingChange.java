package nl.kansrijk.adaptive.growth;

import java.time.Instant;
import java.util.Objects;

/** One logged change of a pupil's rating in one domain: when, and the rating before and after. */
public record RatingChange(Instant at, double before, double after) {

    public RatingChange {
        Objects.requireNonNull(at, "at");
    }
}
