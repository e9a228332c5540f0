package nl.kansrijk.adaptive.engine;

import java.time.Duration;

/**
 * The High-Speed-High-Stakes scoring rule and the expectations it implies
 * (Maris &amp; van der Maas 2012, Psychometrika 77(4); Klinkenberg, Straatemeier &amp; van der Maas 2011,
 * Computers &amp; Education 57(2)). With the time limit d and a = 1/d, a·d = 1, so ratings live on the
 * logit scale of the implied probability of a correct answer.
 */
public final class HshsModel {

    /** Below this |a·d·δ| the Langevin function is evaluated by its Taylor series (no cancellation). */
    static final double SERIES_THRESHOLD = 0.1;

    private final double timeLimitSeconds;
    private final double discrimination;

    /** Uses a = 1/d, as Math Garden does. */
    public HshsModel(Duration timeLimit) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimit);
        }
        this.timeLimitSeconds = timeLimit.toNanos() / 1e9;
        this.discrimination = 1.0 / timeLimitSeconds;
    }

    public double timeLimitSeconds() {
        return timeLimitSeconds;
    }

    /** a·d, the factor between δ and the logit of P(correct); 1 when a = 1/d. */
    public double scale() {
        return discrimination * timeLimitSeconds;
    }

    /** S = (2x − 1)(a·d − a·t) (Klinkenberg et al. 2011); "?" and time-outs score 0. */
    public double score(Answer.Outcome outcome, Duration responseTime) {
        double seconds = Math.max(0.0, responseTime.toNanos() / 1e9);
        if (seconds >= timeLimitSeconds) {
            return 0.0;
        }
        return switch (outcome) {
            case CORRECT -> discrimination * timeLimitSeconds - discrimination * seconds;
            case WRONG -> -(discrimination * timeLimitSeconds - discrimination * seconds);
            case DONT_KNOW, TIMED_OUT -> 0.0;
        };
    }

    public double score(Answer answer) {
        return score(answer.outcome(), answer.responseTime());
    }

    /** E(S) = a·d·coth(a·d·δ) − 1/δ with δ = θ − β (Klinkenberg et al. 2011); 0 at δ = 0. */
    public double expectedScore(double delta) {
        double scale = scale();
        // a·d·coth(a·d·δ) − 1/δ = a·d·(coth(x) − 1/x) with x = a·d·δ: the Langevin function L(x)
        return scale * langevin(scale * delta);
    }

    /** P(correct) = 1 / (1 + e^(−a·d·δ)) (Maris &amp; van der Maas 2012). */
    public double probabilityCorrect(double delta) {
        double x = scale() * delta;
        // written in both directions so that exp never overflows
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** The item rating at which the pupil answers correctly with probability p: β* = θ − logit(p)/(a·d). */
    public double ratingForProbability(double pupilRating, double probability) {
        if (!(probability > 0.0 && probability < 1.0)) {
            throw new IllegalArgumentException("probability must lie strictly between 0 and 1: " + probability);
        }
        return pupilRating - Math.log(probability / (1.0 - probability)) / scale();
    }

    /** L(x) = coth(x) − 1/x, the mean of a density ∝ e^(x·s) on [−1, 1]. */
    static double langevin(double x) {
        double absolute = Math.abs(x);
        if (absolute < SERIES_THRESHOLD) {
            // Taylor series x/3 − x³/45 + 2x⁵/945 − x⁷/4725 + 2x⁹/93555 (Abramowitz &amp; Stegun 4.5.67);
            // the next term is below 1e-16 for |x| < 0.1
            double x2 = x * x;
            return x * (1.0 / 3 + x2 * (-1.0 / 45 + x2 * (2.0 / 945 + x2 * (-1.0 / 4725 + x2 * (2.0 / 93555)))));
        }
        if (absolute > 20.0) {
            // coth(x) equals ±1 to double precision here
            return Math.signum(x) - 1.0 / x;
        }
        return 1.0 / Math.tanh(x) - 1.0 / x;
    }
}
