package nl.kansrijk.adaptive.simulation;

/**
 * A plain Rasch model P(x = 1) = 1 / (1 + e^(−(θ − β))) fitted by joint maximum likelihood
 * (alternating Newton steps, Wright &amp; Panchapakesan 1969) on correct/wrong answers only. A small
 * ridge penalty (a N(0, 10) prior on every parameter) keeps all-correct and all-wrong pupils finite;
 * item ratings are centred on 0 after each sweep to fix the scale's origin.
 */
final class RaschModel {

    private static final double RIDGE = 0.1;
    private static final int SWEEPS = 100;

    final double[] abilities;
    final double[] difficulties;

    private RaschModel(double[] abilities, double[] difficulties) {
        this.abilities = abilities;
        this.difficulties = difficulties;
    }

    static RaschModel fit(int pupils, int items, int[] pupilOf, int[] itemOf, boolean[] correct) {
        double[] theta = new double[pupils];
        double[] beta = new double[items];
        double[] gradient = new double[Math.max(pupils, items)];
        double[] curvature = new double[Math.max(pupils, items)];
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            newtonStep(theta, beta, pupilOf, itemOf, correct, gradient, curvature, true);
            newtonStep(theta, beta, pupilOf, itemOf, correct, gradient, curvature, false);
            double mean = 0;
            for (double b : beta) {
                mean += b;
            }
            mean /= items;
            for (int i = 0; i < items; i++) {
                beta[i] -= mean;
            }
            for (int p = 0; p < pupils; p++) {
                theta[p] -= mean;
            }
        }
        return new RaschModel(theta, beta);
    }

    double probability(int pupil, int item) {
        return 1.0 / (1.0 + Math.exp(-(abilities[pupil] - difficulties[item])));
    }

    private static void newtonStep(double[] theta, double[] beta, int[] pupilOf, int[] itemOf, boolean[] correct,
            double[] gradient, double[] curvature, boolean forPupils) {
        double[] parameters = forPupils ? theta : beta;
        int count = parameters.length;
        java.util.Arrays.fill(gradient, 0, count, 0.0);
        java.util.Arrays.fill(curvature, 0, count, 0.0);
        for (int n = 0; n < correct.length; n++) {
            double p = 1.0 / (1.0 + Math.exp(-(theta[pupilOf[n]] - beta[itemOf[n]])));
            double residual = (correct[n] ? 1 : 0) - p;
            int index = forPupils ? pupilOf[n] : itemOf[n];
            // ∂logL/∂θ = x − p, ∂logL/∂β = p − x; both have curvature −p(1 − p)
            gradient[index] += forPupils ? residual : -residual;
            curvature[index] += p * (1 - p);
        }
        for (int j = 0; j < count; j++) {
            double step = (gradient[j] - RIDGE * parameters[j]) / (curvature[j] + RIDGE);
            parameters[j] += Math.max(-1.0, Math.min(1.0, step));
        }
    }
}
