package nl.kansrijk.adaptive.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import nl.kansrijk.adaptive.engine.Answer;
import nl.kansrijk.adaptive.engine.HshsModel;
import org.junit.jupiter.api.Test;

/** The simulated pupils must answer from the model the engine assumes, or the simulation proves nothing. */
class HshsResponderTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void drawScore_extremeUniforms_hitTheEndsOfTheRange() {
        assertThat(HshsResponder.drawScore(1.3, 0.0)).isCloseTo(-1.0, within(1e-12));
        assertThat(HshsResponder.drawScore(1.3, 1.0)).isCloseTo(1.0, within(1e-12));
        assertThat(HshsResponder.drawScore(-40.0, 0.5)).isBetween(-1.0, 1.0);
    }

    @Test
    void respond_manyDraws_matchExpectedScoreAndProbabilityOfTheModel() {
        HshsModel model = new HshsModel(LIMIT);
        HshsResponder responder = new HshsResponder(LIMIT);
        SplittableRandom random = new SplittableRandom(3);
        Instant now = Instant.parse("2026-01-05T09:00:00Z");
        for (double delta : new double[] {-1.5, 0.0, 0.8, 2.5}) {
            int draws = 200_000;
            double scoreSum = 0;
            int correct = 0;
            for (int i = 0; i < draws; i++) {
                Answer answer = responder.respond(delta, now, random);
                scoreSum += model.score(answer);
                correct += answer.outcome() == Answer.Outcome.CORRECT ? 1 : 0;
            }
            // sampling error of a mean of 200,000 draws with SD ≤ 0.58 is below 0.0013; 0.005 is ~4 SE
            assertThat(scoreSum / draws).as("E(S) at δ = %s", delta).isCloseTo(model.expectedScore(delta), within(0.005));
            assertThat(correct / (double) draws).as("P at δ = %s", delta).isCloseTo(model.probabilityCorrect(delta), within(0.005));
        }
    }
}
