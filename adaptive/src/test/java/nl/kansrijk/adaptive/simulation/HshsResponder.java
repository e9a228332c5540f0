package nl.kansrijk.adaptive.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;
import nl.kansrijk.adaptive.engine.Answer;

/**
 * Draws a simulated pupil's answer from the HSHS model itself: the score S has density
 * ∝ e^(δ·s) on [−1, 1] (Maris &amp; van der Maas 2012, a·d = 1), the answer is correct when S &gt; 0
 * and the response time is t = d(1 − |S|). So accuracy and speed both follow from δ = θ − β.
 */
final class HshsResponder {

    private final double timeLimitSeconds;

    HshsResponder(Duration timeLimit) {
        this.timeLimitSeconds = timeLimit.toNanos() / 1e9;
    }

    Answer respond(double trueDelta, Instant at, RandomGenerator random) {
        double score = drawScore(trueDelta, random.nextDouble());
        double seconds = timeLimitSeconds * (1 - Math.abs(score));
        Duration responseTime = Duration.ofNanos(Math.round(seconds * 1e9));
        return new Answer(score > 0 ? Answer.Outcome.CORRECT : Answer.Outcome.WRONG, responseTime, at);
    }

    /** Inverse of F(s) = (e^(δs) − e^(−δ)) / (e^δ − e^(−δ)), written so that no exponential overflows. */
    static double drawScore(double delta, double uniform) {
        if (Math.abs(delta) < 1e-9) {
            return 2 * uniform - 1;
        }
        if (delta > 0) {
            return 1 + Math.log(uniform + (1 - uniform) * Math.exp(-2 * delta)) / delta;
        }
        return -1 + Math.log(1 - uniform + uniform * Math.exp(2 * delta)) / delta;
    }
}
