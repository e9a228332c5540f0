package nl.kansrijk.app.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Expected numbers were computed independently with Python 3.11's statistics module and the
 * formulas of Borenstein et al. (2009), ch. 4, written out by hand (z = 1.959963984540054):
 * a = [1, 2, 3, 4, 5], b = [0, 1, 1, 2, 3]: means 3.0 and 1.4, SDs 1.5811388 and 1.1401754,
 * pooled SD 1.3784049, d = 1.1607620, J = 1 − 3/(4·10 − 9) = 0.9032258, g = 1.0484302,
 * SE = 0.6745074, 95 % CI [−0.2735801, 2.3704405].
 */
class EffectSizesTest {

    private static final double[] TUTORED = {1, 2, 3, 4, 5};
    private static final double[] COMPARISON = {0, 1, 1, 2, 3};

    @Test
    void hedgesG_twoSmallGroups_matchesTheHandComputation() {
        EffectSizes.HedgesG g = EffectSizes.hedgesG(TUTORED, COMPARISON);

        assertThat(g.g()).isCloseTo(1.0484301937073717, within(1e-12));
        assertThat(g.standardError()).isCloseTo(0.6745074451433904, within(1e-12));
        assertThat(g.lower()).isCloseTo(-0.2735801060777998, within(1e-9));
        assertThat(g.upper()).isCloseTo(2.370440493492543, within(1e-9));
        assertThat(g.n1()).isEqualTo(5);
        assertThat(g.n2()).isEqualTo(5);
    }

    @Test
    void hedgesG_swappedGroups_changesOnlyTheSign() {
        EffectSizes.HedgesG forward = EffectSizes.hedgesG(TUTORED, COMPARISON);
        EffectSizes.HedgesG backward = EffectSizes.hedgesG(COMPARISON, TUTORED);

        assertThat(backward.g()).isCloseTo(-forward.g(), within(1e-12));
        assertThat(backward.standardError()).isCloseTo(forward.standardError(), within(1e-12));
    }

    @Test
    void hedgesG_groupOfOne_isNotComputed() {
        assertThat(EffectSizes.hedgesG(new double[] {1}, COMPARISON)).isNull();
    }

    @Test
    void dz_gains_isMeanOverSampleSd() {
        // gains [0.5, 1, −0.25, 0.75, 1.5, 0]: mean 0.5833333, SD 0.6454972 → 0.9036961 (Python statistics).
        assertThat(EffectSizes.dz(new double[] {0.5, 1.0, -0.25, 0.75, 1.5, 0.0})).isCloseTo(0.903696114115064, within(1e-12));
        assertThat(EffectSizes.dz(new double[] {0.4})).isNaN();
    }
}
