package nl.kansrijk.app.evaluation;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figures of a study's results for one measure: per group n, mean pre, mean post and mean
 * gain; the paired effect size within the tutored group; Hedges' g for the difference in gain
 * between tutored and comparison pupils with its 95 % confidence interval; and the tutored
 * pupils' gain by dosage quartile. Distributions come from Apache Commons Math.
 *
 * <p>Means and effect sizes use the pupils with both a pre and a post measure; the pupils missing
 * either are counted per group (never silently dropped) so the page can show them.
 */
public final class StudyStatistics {

    public enum Group { TUTORED, COMPARISON }

    /** One pupil's measure: pre and post may be missing; dosage is attended minutes (tutored pupils). */
    public record Observation(String pupilKey, Group group, Double pre, Double post, Integer dosageMinutes) {
        boolean complete() {
            return pre != null && post != null;
        }

        double gain() {
            return post - pre;
        }
    }

    /** Means over the complete pupils, so meanPost − meanPre = meanGain. */
    public record GroupSummary(Group group, int pupils, int complete, int missingPre, int missingPost, Double meanPre,
                               Double meanPost, Double meanGain, Double sdGain) {
    }

    /** Cohen's d_z = mean gain ÷ SD of the gains, with the paired t-test behind it. */
    public record PairedEffect(int n, Double dz, Double t, Double pTwoSided) {
    }

    public record BetweenEffect(int nTutored, int nComparison, Double hedgesG, Double standardError, Double ciLow,
                                Double ciHigh) {
    }

    public record DosageQuartile(int quartile, int n, int minDosageMinutes, int maxDosageMinutes, double meanGain) {
    }

    public record Results(GroupSummary tutored, GroupSummary comparison, PairedEffect tutoredWithin,
                          BetweenEffect tutoredVsComparison, List<DosageQuartile> gainByDosage) {
    }

    private static final double CONFIDENCE = 0.95;

    private StudyStatistics() {
    }

    public static Results of(List<Observation> observations) {
        List<Observation> tutored = observations.stream().filter(o -> o.group() == Group.TUTORED).toList();
        List<Observation> comparison = observations.stream().filter(o -> o.group() == Group.COMPARISON).toList();
        double[] tutoredGains = gains(tutored);
        double[] comparisonGains = gains(comparison);
        return new Results(summary(Group.TUTORED, tutored), summary(Group.COMPARISON, comparison),
                paired(tutored, tutoredGains), hedgesG(tutoredGains, comparisonGains), gainByDosage(tutored));
    }

    static GroupSummary summary(Group group, List<Observation> pupils) {
        List<Observation> complete = pupils.stream().filter(Observation::complete).toList();
        int missingPre = (int) pupils.stream().filter(o -> o.pre() == null).count();
        int missingPost = (int) pupils.stream().filter(o -> o.post() == null).count();
        if (complete.isEmpty()) {
            return new GroupSummary(group, pupils.size(), 0, missingPre, missingPost, null, null, null, null);
        }
        SummaryStatistics pre = new SummaryStatistics();
        SummaryStatistics post = new SummaryStatistics();
        SummaryStatistics gain = new SummaryStatistics();
        complete.forEach(o -> {
            pre.addValue(o.pre());
            post.addValue(o.post());
            gain.addValue(o.gain());
        });
        return new GroupSummary(group, pupils.size(), complete.size(), missingPre, missingPost, pre.getMean(), post.getMean(),
                gain.getMean(), complete.size() > 1 ? gain.getStandardDeviation() : null);
    }

    /** d_z (Lakens 2013, Frontiers in Psychology 4:863) and the paired t-test of post against pre. */
    static PairedEffect paired(List<Observation> pupils, double[] gains) {
        if (gains.length < 2) {
            return new PairedEffect(gains.length, null, null, null);
        }
        double[] pre = pupils.stream().filter(Observation::complete).mapToDouble(Observation::pre).toArray();
        double[] post = pupils.stream().filter(Observation::complete).mapToDouble(Observation::post).toArray();
        SummaryStatistics stats = statistics(gains);
        if (stats.getStandardDeviation() == 0) {
            return new PairedEffect(gains.length, null, null, null);
        }
        TTest test = new TTest();
        return new PairedEffect(gains.length, stats.getMean() / stats.getStandardDeviation(), test.pairedT(post, pre),
                test.pairedTTest(post, pre));
    }

    /**
     * Hedges' g of the gain difference with the small-sample correction J = 1 − 3 / (4·df − 1) and
     * a normal-theory 95 % interval from V_d = (n₁+n₂)/(n₁n₂) + d²/(2(n₁+n₂)), V_g = J²·V_d
     * (Borenstein, Hedges, Higgins &amp; Rothstein 2009, Introduction to Meta-Analysis, ch. 4).
     */
    static BetweenEffect hedgesG(double[] tutoredGains, double[] comparisonGains) {
        int n1 = tutoredGains.length;
        int n2 = comparisonGains.length;
        if (n1 < 2 || n2 < 2) {
            return new BetweenEffect(n1, n2, null, null, null, null);
        }
        SummaryStatistics t = statistics(tutoredGains);
        SummaryStatistics c = statistics(comparisonGains);
        int df = n1 + n2 - 2;
        double pooledSd = Math.sqrt(((n1 - 1) * t.getVariance() + (n2 - 1) * c.getVariance()) / df);
        if (pooledSd == 0) {
            return new BetweenEffect(n1, n2, null, null, null, null);
        }
        double d = (t.getMean() - c.getMean()) / pooledSd;
        double j = 1 - 3.0 / (4.0 * df - 1);
        double g = j * d;
        double varianceD = (double) (n1 + n2) / (n1 * n2) + d * d / (2.0 * (n1 + n2));
        double standardError = Math.sqrt(j * j * varianceD);
        double z = new NormalDistribution().inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return new BetweenEffect(n1, n2, g, standardError, g - z * standardError, g + z * standardError);
    }

    /**
     * The complete tutored pupils with a dosage, sorted by dosage and cut into four groups by rank,
     * as equal in size as possible (the lower quartiles take the remainder); empty below four pupils.
     */
    static List<DosageQuartile> gainByDosage(List<Observation> tutored) {
        List<Observation> ranked = tutored.stream().filter(o -> o.complete() && o.dosageMinutes() != null)
                .sorted(Comparator.comparingInt(Observation::dosageMinutes)).toList();
        List<DosageQuartile> quartiles = new ArrayList<>();
        if (ranked.size() < 4) {
            return quartiles;
        }
        int start = 0;
        for (int q = 0; q < 4; q++) {
            int size = ranked.size() / 4 + (q < ranked.size() % 4 ? 1 : 0);
            List<Observation> part = ranked.subList(start, start + size);
            start += size;
            quartiles.add(new DosageQuartile(q + 1, size, part.get(0).dosageMinutes(), part.get(size - 1).dosageMinutes(),
                    part.stream().mapToDouble(Observation::gain).average().orElseThrow()));
        }
        return quartiles;
    }

    private static double[] gains(List<Observation> pupils) {
        return pupils.stream().filter(Observation::complete).mapToDouble(Observation::gain).toArray();
    }

    private static SummaryStatistics statistics(double[] values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double value : values) {
            stats.addValue(value);
        }
        return stats;
    }
}
