package nl.kansrijk.adaptive.simulation;

import java.util.Arrays;

/** Summary statistics of the simulation: correlation, bias, RMSE, AUC and log-loss. */
final class Metrics {

    private Metrics() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    static double standardDeviation(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    static double correlation(double[] x, double[] y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    /** Mean of estimate − truth. */
    static double bias(double[] estimate, double[] truth) {
        double sum = 0;
        for (int i = 0; i < estimate.length; i++) {
            sum += estimate[i] - truth[i];
        }
        return sum / estimate.length;
    }

    static double rootMeanSquareError(double[] estimate, double[] truth) {
        double sum = 0;
        for (int i = 0; i < estimate.length; i++) {
            sum += (estimate[i] - truth[i]) * (estimate[i] - truth[i]);
        }
        return Math.sqrt(sum / estimate.length);
    }

    /** Area under the ROC curve by the rank-sum (Mann–Whitney) formula, ties sharing their mean rank. */
    static double areaUnderCurve(double[] predicted, boolean[] outcome) {
        int n = predicted.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double meanRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (outcome[order[k]]) {
                    rankSumPositive += meanRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    static double logLoss(double[] predicted, boolean[] outcome) {
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double p = Math.max(1e-12, Math.min(1 - 1e-12, predicted[i]));
            sum -= outcome[i] ? Math.log(p) : Math.log(1 - p);
        }
        return sum / predicted.length;
    }
}
