package nl.kansrijk.adaptive.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void areaUnderCurve_perfectRankingAndTies_giveOneAndHalf() {
        assertThat(Metrics.areaUnderCurve(new double[] {0.1, 0.4, 0.6, 0.9}, new boolean[] {false, false, true, true})).isEqualTo(1.0);
        assertThat(Metrics.areaUnderCurve(new double[] {0.5, 0.5, 0.5, 0.5}, new boolean[] {false, true, false, true})).isEqualTo(0.5);
    }

    @Test
    void areaUnderCurve_oneSwappedPair_isThreeQuarters() {
        // positives at 0.6 and 0.3, negatives at 0.4 and 0.1: 3 of 4 positive–negative pairs ordered right
        assertThat(Metrics.areaUnderCurve(new double[] {0.6, 0.3, 0.4, 0.1}, new boolean[] {true, true, false, false})).isEqualTo(0.75);
    }

    @Test
    void logLoss_constantHalf_isLnTwo() {
        assertThat(Metrics.logLoss(new double[] {0.5, 0.5}, new boolean[] {true, false})).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void raschFit_dataFromKnownOrdering_recoversOrderOfItems() {
        // three items answered by 300 pupils: item 0 right 90 % of the time, item 1 50 %, item 2 10 %
        int pupils = 300;
        int[] pupilOf = new int[pupils * 3];
        int[] itemOf = new int[pupils * 3];
        boolean[] correct = new boolean[pupils * 3];
        for (int p = 0; p < pupils; p++) {
            for (int i = 0; i < 3; i++) {
                int n = p * 3 + i;
                pupilOf[n] = p;
                itemOf[n] = i;
                int threshold = i == 0 ? 270 : i == 1 ? 150 : 30;
                correct[n] = p < threshold;
            }
        }

        RaschModel model = RaschModel.fit(pupils, 3, pupilOf, itemOf, correct);

        assertThat(model.difficulties[0]).isLessThan(model.difficulties[1]);
        assertThat(model.difficulties[1]).isLessThan(model.difficulties[2]);
        assertThat(model.difficulties[0] + model.difficulties[1] + model.difficulties[2]).isCloseTo(0.0, within(1e-9));
    }
}
