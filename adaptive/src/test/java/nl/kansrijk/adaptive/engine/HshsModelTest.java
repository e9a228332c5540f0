package nl.kansrijk.adaptive.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class HshsModelTest {

    private final HshsModel model = new HshsModel(Duration.ofSeconds(20));

    /**
     * Under the HSHS model the score S has density ∝ e^(a·d·δ·s) on [−1, 1] (Maris &amp; van der
     * Maas 2012); its mean, by Simpson's rule, must equal the closed form E(S).
     */
    @Test
    void expectedScore_anyDelta_matchesNumericalIntegrationOfScoreDensity() {
        for (double delta : new double[] {-4.0, -1.3, -0.2, -0.01, 0.003, 0.08, 0.12, 0.5, 1.0, 2.7, 6.0}) {
            double mass = simpson(s -> Math.exp(delta * s), -1, 1);
            double firstMoment = simpson(s -> s * Math.exp(delta * s), -1, 1);

            assertThat(model.expectedScore(delta)).as("δ = %s", delta).isCloseTo(firstMoment / mass, within(1e-10));
        }
    }

    @Test
    void probabilityCorrect_anyDelta_equalsScoreMassAboveZero() {
        for (double delta : new double[] {-3.0, -0.4, 0.0, 0.9, 2.2}) {
            double mass = simpson(s -> Math.exp(delta * s), -1, 1);
            double massAboveZero = simpson(s -> Math.exp(delta * s), 0, 1);

            assertThat(model.probabilityCorrect(delta)).as("δ = %s", delta).isCloseTo(massAboveZero / mass, within(1e-10));
        }
    }

    @Test
    void expectedScore_deltaOne_isCothOneMinusOne() {
        // coth(1) − 1 = 1.3130352854993313 − 1 (a·d = 1 for a = 1/d)
        assertThat(model.expectedScore(1.0)).isCloseTo(0.3130352854993313, within(1e-15));
    }

    @Test
    void expectedScore_deltaZero_isZeroLimit() {
        assertThat(model.expectedScore(0.0)).isEqualTo(0.0);
    }

    @Test
    void expectedScore_tinyDelta_followsSlopeOneThird() {
        // L(x) = x/3 − x³/45 + …, so E(S) ≈ δ/3 for tiny δ where the closed form would cancel to noise
        assertThat(model.expectedScore(1e-9)).isCloseTo(1e-9 / 3, within(1e-24));
    }

    @Test
    void expectedScore_aroundSeriesThreshold_isContinuous() {
        double threshold = HshsModel.SERIES_THRESHOLD;
        double justBelow = model.expectedScore(Math.nextDown(threshold));
        double justAbove = model.expectedScore(threshold);

        assertThat(justAbove - justBelow).isCloseTo(0.0, within(1e-15));
        // and the closed form agrees with the series at the threshold itself
        assertThat(1 / Math.tanh(threshold) - 1 / threshold).isCloseTo(justBelow, within(1e-14));
    }

    @Test
    void expectedScore_oppositeDeltas_areAntisymmetric() {
        for (double delta : new double[] {0.05, 0.3, 1.7, 25.0}) {
            assertThat(model.expectedScore(-delta)).isEqualTo(-model.expectedScore(delta));
        }
    }

    @Test
    void expectedScore_hugeDelta_approachesPlusMinusOne() {
        assertThat(model.expectedScore(1e6)).isCloseTo(1.0, within(1e-5));
        assertThat(model.expectedScore(-1e6)).isCloseTo(-1.0, within(1e-5));
    }

    @Test
    void probabilityCorrect_oppositeDeltas_sumToOne() {
        for (double delta : new double[] {0.0, 0.4, 3.0, 800.0}) {
            assertThat(model.probabilityCorrect(delta) + model.probabilityCorrect(-delta)).isCloseTo(1.0, within(1e-15));
        }
    }

    @Test
    void score_correctAfterFiveOfTwentySeconds_isThreeQuarters() {
        // (2·1 − 1)(1 − 5/20)
        assertThat(model.score(Answer.Outcome.CORRECT, Duration.ofSeconds(5))).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void score_wrongAfterFiveOfTwentySeconds_isMinusThreeQuarters() {
        assertThat(model.score(Answer.Outcome.WRONG, Duration.ofSeconds(5))).isCloseTo(-0.75, within(1e-15));
    }

    @Test
    void score_dontKnowOrTimeOut_isZero() {
        assertThat(model.score(Answer.Outcome.DONT_KNOW, Duration.ofSeconds(2))).isZero();
        assertThat(model.score(Answer.Outcome.TIMED_OUT, Duration.ofSeconds(20))).isZero();
        assertThat(model.score(Answer.Outcome.CORRECT, Duration.ofSeconds(25))).isZero();
        assertThat(model.score(Answer.Outcome.WRONG, Duration.ofSeconds(20))).isZero();
    }

    @Test
    void ratingForProbability_anyProbability_invertsProbabilityCorrect() {
        for (double p : new double[] {0.5, 0.6, 0.75, 0.9, 0.97}) {
            double target = model.ratingForProbability(1.2, p);

            assertThat(model.probabilityCorrect(1.2 - target)).isCloseTo(p, within(1e-12));
        }
    }

    @Test
    void ratingForProbability_ninetyPercent_isLogitNineBelowTheta() {
        // logit(0.9) = ln 9 = 2.1972245773362196
        assertThat(model.ratingForProbability(0.0, 0.9)).isCloseTo(-2.1972245773362196, within(1e-15));
    }

    @Test
    void ratingForProbability_certainty_isRejected() {
        assertThatThrownBy(() -> model.ratingForProbability(0.0, 1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double simpson(DoubleUnaryOperator f, double from, double to) {
        int intervals = 20_000;
        double h = (to - from) / intervals;
        double sum = f.applyAsDouble(from) + f.applyAsDouble(to);
        for (int i = 1; i < intervals; i++) {
            sum += f.applyAsDouble(from + i * h) * (i % 2 == 0 ? 2 : 4);
        }
        return sum * h / 3;
    }
}
