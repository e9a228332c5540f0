package nl.kansrijk.app.evaluation;

import nl.kansrijk.app.evaluation.StudyStatistics.DosageQuartile;
import nl.kansrijk.app.evaluation.StudyStatistics.Group;
import nl.kansrijk.app.evaluation.StudyStatistics.Observation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Study results checked against numbers computed independently in Python 3 with NumPy and SciPy
 * 1.17 (the script is in each test's comment), on ten tutored and nine comparison pupils of whom
 * two in each group miss a pre or a post measure.
 */
class StudyStatisticsTest {

    /** pre, post, attended minutes; null = missing. */
    private static final Object[][] TUTORED = {
            {480.0, 540.0, 2400}, {455.0, 500.0, 1800}, {510.0, 560.0, 3000}, {430.0, 470.0, 1200},
            {470.0, 530.0, 2700}, {500.0, 530.0, 1500}, {445.0, 505.0, 2100}, {490.0, 525.0, 900},
            {null, 520.0, 2000}, {465.0, null, 2500}};
    private static final Object[][] COMPARISON = {
            {485.0, 505.0}, {460.0, 470.0}, {500.0, 530.0}, {440.0, 445.0}, {475.0, 500.0}, {495.0, 505.0},
            {450.0, 470.0}, {null, 480.0}, {470.0, null}};

    private static final StudyStatistics.Results RESULTS = StudyStatistics.of(observations());

    @Test
    void groups_countMissingMeasuresAndAverageTheCompletePupils() {
        // numpy: mean of pre, post and post − pre over the 8 complete tutored / 7 complete comparison pupils;
        // gain SD with ddof=1: tutored 11.952286093343936, comparison 9.063269671749659
        assertThat(RESULTS.tutored()).isEqualTo(new StudyStatistics.GroupSummary(Group.TUTORED, 10, 8, 1, 1, 472.5, 520.0,
                47.5, RESULTS.tutored().sdGain()));
        assertThat(RESULTS.tutored().sdGain()).isCloseTo(11.952286093343936, within(1e-9));
        assertThat(RESULTS.comparison().complete()).isEqualTo(7);
        assertThat(RESULTS.comparison().missingPre()).isEqualTo(1);
        assertThat(RESULTS.comparison().missingPost()).isEqualTo(1);
        assertThat(RESULTS.comparison().meanPre()).isCloseTo(472.14285714285717, within(1e-9));
        assertThat(RESULTS.comparison().meanGain()).isCloseTo(17.142857142857142, within(1e-9));
        assertThat(RESULTS.comparison().sdGain()).isCloseTo(9.063269671749659, within(1e-9));
    }

    @Test
    void pairedEffect_isTheMeanGainOverItsSdWithThePairedTTest() {
        // d_z = 47.5 / 11.952286093343936; scipy.stats.ttest_rel(post, pre) → t 11.24055158788927, p 9.848422003411331e-06
        assertThat(RESULTS.tutoredWithin().n()).isEqualTo(8);
        assertThat(RESULTS.tutoredWithin().dz()).isCloseTo(3.974135126036859, within(1e-9));
        assertThat(RESULTS.tutoredWithin().t()).isCloseTo(11.24055158788927, within(1e-9));
        assertThat(RESULTS.tutoredWithin().pTwoSided()).isCloseTo(9.848422003411331e-06, within(1e-12));
    }

    @Test
    void hedgesG_correctsForSmallSamplesAndHasANormalTheoryInterval() {
        // sp = sqrt((7·var_t + 6·var_c) / 13); d = (47.5 − 17.142857) / sp = 2.8328491270009364;
        // J = 1 − 3/(4·13 − 1) = 0.9411764705882353; g = J·d; V_d = 15/56 + d²/30; se = J·sqrt(V_d);
        // z = scipy.stats.norm.ppf(0.975)
        StudyStatistics.BetweenEffect effect = RESULTS.tutoredVsComparison();
        assertThat(effect.nTutored()).isEqualTo(8);
        assertThat(effect.nComparison()).isEqualTo(7);
        assertThat(effect.hedgesG()).isCloseTo(2.666210943059705, within(1e-9));
        assertThat(effect.standardError()).isCloseTo(0.688641710593834, within(1e-9));
        assertThat(effect.ciLow()).isCloseTo(1.3164979920437352, within(1e-8));
        assertThat(effect.ciHigh()).isCloseTo(4.015923894075675, within(1e-8));
    }

    @Test
    void gainByDosage_cutsTheCompleteTutoredPupilsIntoFourRankedGroups() {
        // sorted by minutes: (900, 1200), (1500, 1800), (2100, 2400), (2700, 3000); mean gains 37.5, 37.5, 60, 55
        assertThat(RESULTS.gainByDosage()).containsExactly(
                new DosageQuartile(1, 2, 900, 1200, 37.5),
                new DosageQuartile(2, 2, 1500, 1800, 37.5),
                new DosageQuartile(3, 2, 2100, 2400, 60.0),
                new DosageQuartile(4, 2, 2700, 3000, 55.0));
    }

    @Test
    void tooFewCompletePupils_giveNoEffectSizesRatherThanNumbersFromNothing() {
        StudyStatistics.Results results = StudyStatistics.of(List.of(
                new Observation("t1", Group.TUTORED, 400.0, 450.0, 600),
                new Observation("t2", Group.TUTORED, null, 430.0, 600),
                new Observation("c1", Group.COMPARISON, 410.0, 420.0, null)));

        assertThat(results.tutored().complete()).isEqualTo(1);
        assertThat(results.tutored().missingPre()).isEqualTo(1);
        assertThat(results.tutoredWithin().dz()).isNull();
        assertThat(results.tutoredVsComparison().hedgesG()).isNull();
        assertThat(results.gainByDosage()).isEmpty();
    }

    private static List<Observation> observations() {
        List<Observation> all = new ArrayList<>();
        for (int i = 0; i < TUTORED.length; i++) {
            all.add(new Observation("t" + i, Group.TUTORED, (Double) TUTORED[i][0], (Double) TUTORED[i][1], (Integer) TUTORED[i][2]));
        }
        for (int i = 0; i < COMPARISON.length; i++) {
            all.add(new Observation("c" + i, Group.COMPARISON, (Double) COMPARISON[i][0], (Double) COMPARISON[i][1], null));
        }
        return all;
    }
}
