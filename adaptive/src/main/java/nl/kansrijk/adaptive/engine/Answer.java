package nl.kansrijk.adaptive.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One response of a pupil to an item, as the engine needs it. */
public record Answer(Outcome outcome, Duration responseTime, Instant answeredAt) {

    public enum Outcome {
        CORRECT,
        WRONG,
        /** The pupil pressed "?": scores 0 and takes no penalty (Klinkenberg et al. 2011). */
        DONT_KNOW,
        /** The time bar ran out: scores 0. */
        TIMED_OUT
    }

    public Answer {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(responseTime, "responseTime");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (responseTime.isNegative()) {
            throw new IllegalArgumentException("response time cannot be negative: " + responseTime);
        }
    }

    public static Answer correct(Duration responseTime, Instant answeredAt) {
        return new Answer(Outcome.CORRECT, responseTime, answeredAt);
    }

    public static Answer wrong(Duration responseTime, Instant answeredAt) {
        return new Answer(Outcome.WRONG, responseTime, answeredAt);
    }

    public static Answer dontKnow(Duration responseTime, Instant answeredAt) {
        return new Answer(Outcome.DONT_KNOW, responseTime, answeredAt);
    }
}
