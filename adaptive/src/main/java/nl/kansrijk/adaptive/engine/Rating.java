package nl.kansrijk.adaptive.engine;

import java.time.Duration;
import java.time.Instant;

/**
 * The rating of a pupil in one domain, or of one item: its value on the logit scale, its
 * uncertainty U in [0, 1], when it was last answered ({@code null} while never) and how many
 * answers are behind it.
 */
public record Rating(double value, double uncertainty, Instant lastAnsweredAt, long answerCount) {

    private static final double SECONDS_PER_DAY = 86_400.0;

    public Rating {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("rating must be finite: " + value);
        }
        if (!(uncertainty >= 0.0 && uncertainty <= 1.0)) {
            throw new IllegalArgumentException("uncertainty must lie in [0, 1]: " + uncertainty);
        }
        if (answerCount < 0) {
            throw new IllegalArgumentException("answer count cannot be negative: " + answerCount);
        }
    }

    /** A new pupil or item: fully uncertain (U = 1, Klinkenberg et al. 2011), never answered. */
    public static Rating initial(double value) {
        return new Rating(value, 1.0, null, 0);
    }

    /**
     * U as it stands when an answer arrives at {@code now}: the stored U raised by D/30 for the
     * D days since the last answer, clamped to [0, 1] (Klinkenberg et al. 2011).
     */
    public double uncertaintyAt(Instant now, EngineSettings settings) {
        if (lastAnsweredAt == null || !now.isAfter(lastAnsweredAt)) {
            return uncertainty;
        }
        double days = Duration.between(lastAnsweredAt, now).toMillis() / 1000.0 / SECONDS_PER_DAY;
        return clampUnit(uncertainty + settings.uncertaintyRisePerDay() * days);
    }

    Rating answered(double newValue, double uncertaintyWhenAnswered, Instant at, EngineSettings settings) {
        double newUncertainty = clampUnit(uncertaintyWhenAnswered - settings.uncertaintyDropPerAnswer());
        return new Rating(newValue, newUncertainty, at, answerCount + 1);
    }

    Rating withValue(double newValue) {
        return new Rating(newValue, uncertainty, lastAnsweredAt, answerCount);
    }

    private static double clampUnit(double x) {
        return Math.max(0.0, Math.min(1.0, x));
    }
}
