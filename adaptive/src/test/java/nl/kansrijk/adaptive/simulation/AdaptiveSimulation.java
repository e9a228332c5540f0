package nl.kansrijk.adaptive.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import nl.kansrijk.adaptive.engine.EngineSettings;
import nl.kansrijk.adaptive.engine.ItemUpdateMode;
import nl.kansrijk.adaptive.selection.Difficulty;
import nl.kansrijk.adaptive.selection.SelectionSettings;

/**
 * Simulated pupils with known abilities practise through the real engine and selector; prints
 * Markdown tables for docs/BENCHMARKS.md. Sections: K tuning, recovery, targeting, drift, prediction.
 *
 * <pre>
 * mvn -q -pl adaptive test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=nl.kansrijk.adaptive.simulation.AdaptiveSimulation [-Dexec.args="drift"]
 * </pre>
 */
public final class AdaptiveSimulation {

    static final long SEED = 20_260_901L;
    static final int ITEMS = 1000;
    static final int PUPILS = 1000;
    static final double ITEM_SPREAD = 1.5;
    /** How far feature-based starting difficulties are off the truth (SD, logits). */
    static final double PRIOR_ERROR = 0.7;
    static final int[] CHECKPOINTS = {25, 50, 100, 200};
    /** Fast learners for the tracking check: one logit (about a school year) per 250 answers. */
    static final double LEARNING_PER_ANSWER = 0.004;

    private final long seed;
    private final double[] itemTruth;
    private final double[] itemPrior;

    AdaptiveSimulation(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        itemTruth = new double[ITEMS];
        itemPrior = new double[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            itemTruth[i] = ITEM_SPREAD * random.nextGaussian();
            itemPrior[i] = itemTruth[i] + PRIOR_ERROR * random.nextGaussian();
        }
    }

    public static void main(String[] args) {
        String section = args.length == 0 ? "all" : args[0];
        AdaptiveSimulation simulation = new AdaptiveSimulation(SEED);
        long started = System.nanoTime();
        System.out.printf(Locale.ROOT, "Simulation seed %d: %d items (true β ~ N(0, %.1f²), starting β = true + N(0, %.1f²)), %d pupils at a time (true θ ~ N(0, 1), start θ = 0, U = 1)%n%n",
                SEED, ITEMS, ITEM_SPREAD, PRIOR_ERROR, PUPILS);
        if (section.equals("all") || section.equals("tuning")) {
            simulation.tuning();
        }
        if (section.equals("all") || section.equals("recovery")) {
            simulation.recoveryAndTargeting(EngineSettings.defaults());
        }
        if (section.equals("all") || section.equals("selection")) {
            simulation.selectionPolicy();
        }
        if (section.equals("all") || section.equals("drift")) {
            simulation.drift();
        }
        if (section.equals("all") || section.equals("prediction")) {
            simulation.prediction();
        }
        System.out.printf(Locale.ROOT, "(simulation took %.1f s)%n", (System.nanoTime() - started) / 1e9);
    }

    /** Pupil recovery for a grid of K settings, on a cold bank (feature priors) and a warm one (after 200,000 answers). */
    void tuning() {
        System.out.println("### K tuning (pupil RMSE · correlation after n answers; item RMSE after 200,000 answers; "
                + "last column: warm bank, pupils growing 0.004 logit per answer)");
        System.out.println();
        System.out.println("| K | K⁺ | K⁻ | cold n=25 | cold n=50 | cold n=100 | cold n=200 | items RMSE | warm n=25 | warm n=50 | warm n=100 | warm n=200 | growing n=200 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        double[][] grid = {{0.0075, 4}, {0.025, 4}, {0.05, 4}, {0.1, 4}, {0.2, 4}, {0.1, 2}, {0.1, 8}, {0.05, 8}};
        for (double[] kAndPlus : grid) {
            EngineSettings settings = EngineSettings.defaults().withK(kAndPlus[0], kAndPlus[1]);
            RecoveryRun run = recoveryRun(settings, SelectionSettings.defaults(), true, null);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %s |", kAndPlus[0], kAndPlus[1], settings.kMinus()));
            for (double[] cell : run.cold) {
                row.append(String.format(Locale.ROOT, " %.3f · %.3f |", cell[2], cell[0]));
            }
            row.append(String.format(Locale.ROOT, " %.3f |", run.itemRmseAfterBurnIn));
            for (double[] cell : run.warm) {
                row.append(String.format(Locale.ROOT, " %.3f · %.3f |", cell[2], cell[0]));
            }
            double[] growing = run.growing.get(run.growing.size() - 1);
            row.append(String.format(Locale.ROOT, " %.3f · %.3f |", growing[2], growing[0]));
            System.out.println(row);
        }
        System.out.println();
    }

    private record RecoveryRun(List<double[]> cold, List<double[]> warm, List<double[]> growing, double itemRmseAfterBurnIn,
            double itemCorrelationAfterBurnIn) {
    }

    /** Cohort 1 on the cold bank, then a fresh cohort 2 on the bank cohort 1 calibrated; {correlation, bias, RMSE} per checkpoint. */
    private RecoveryRun recoveryRun(EngineSettings settings, SelectionSettings selection, boolean twoChains,
            List<PracticeWorld.Outcome> warmOutcomes) {
        PracticeWorld world = new PracticeWorld(settings, selection, twoChains, seed + 1, itemTruth, itemPrior, PUPILS, 0.0);
        List<double[]> cold = playCohort(world, null);
        double[][] items = world.usedItems(20);
        double itemRmse = Metrics.rootMeanSquareError(items[0], items[1]);
        double itemCorrelation = Metrics.correlation(items[0], items[1]);
        for (int p = 0; p < PUPILS; p++) {
            world.enrolNewPupil(p);
        }
        List<double[]> warm = playCohort(world, warmOutcomes);
        // a third cohort on the same bank whose true abilities grow while they practise
        for (int p = 0; p < PUPILS; p++) {
            world.enrolNewPupil(p);
        }
        world.growthPerAnswer = LEARNING_PER_ANSWER;
        List<double[]> growing = playCohort(world, null);
        return new RecoveryRun(cold, warm, growing, itemRmse, itemCorrelation);
    }

    private static List<double[]> playCohort(PracticeWorld world, List<PracticeWorld.Outcome> sink) {
        List<double[]> checkpoints = new ArrayList<>();
        int last = CHECKPOINTS[CHECKPOINTS.length - 1];
        for (int round = 1; round <= last; round++) {
            world.playRound(sink, 0.0);
            for (int checkpoint : CHECKPOINTS) {
                if (round == checkpoint) {
                    double[] estimates = world.pupilEstimates();
                    checkpoints.add(new double[] {
                        Metrics.correlation(estimates, world.pupilTruth),
                        Metrics.bias(estimates, world.pupilTruth),
                        Metrics.rootMeanSquareError(estimates, world.pupilTruth)});
                }
            }
        }
        return checkpoints;
    }

    void recoveryAndTargeting(EngineSettings settings) {
        List<PracticeWorld.Outcome> warmOutcomes = new ArrayList<>(PUPILS * 200);
        RecoveryRun run = recoveryRun(settings, SelectionSettings.defaults(), true, warmOutcomes);
        System.out.printf(Locale.ROOT, "### Recovery (defaults: K = %s, K⁺ = %s, K⁻ = %s, two chains, %s)%n%n", settings.k(), settings.kPlus(), settings.kMinus(), settings.itemUpdateMode());
        System.out.println("| bank | answers per pupil | correlation(θ̂, θ) | bias mean(θ̂ − θ) | RMSE |");
        System.out.println("|---|---|---|---|---|");
        for (int i = 0; i < CHECKPOINTS.length; i++) {
            double[] c = run.cold.get(i);
            System.out.printf(Locale.ROOT, "| cold (feature priors) | %d | %.3f | %+.3f | %.3f |%n", CHECKPOINTS[i], c[0], c[1], c[2]);
        }
        for (int i = 0; i < CHECKPOINTS.length; i++) {
            double[] w = run.warm.get(i);
            System.out.printf(Locale.ROOT, "| warm (after 200,000 answers) | %d | %.3f | %+.3f | %.3f |%n", CHECKPOINTS[i], w[0], w[1], w[2]);
        }
        for (int i = 0; i < CHECKPOINTS.length; i++) {
            double[] g = run.growing.get(i);
            System.out.printf(Locale.ROOT, "| warm, pupils growing %.3f/answer | %d | %.3f | %+.3f | %.3f |%n", LEARNING_PER_ANSWER, CHECKPOINTS[i], g[0], g[1], g[2]);
        }
        System.out.printf(Locale.ROOT, "%nItems after 200,000 answers (items with ≥ 20 answers): correlation %.3f, RMSE %.3f (priors: RMSE %.3f).%n%n",
                run.itemCorrelationAfterBurnIn, run.itemRmseAfterBurnIn, Metrics.rootMeanSquareError(itemPrior, itemTruth));

        System.out.println("### Targeting (warm bank, answers 26–200 of each pupil)");
        System.out.println();
        System.out.println("| difficulty | target mean p | mean drawn p (clipped) | predicted by Elo | observed success | answers |");
        System.out.println("|---|---|---|---|---|---|");
        Map<Difficulty, double[]> sums = targeting(warmOutcomes);
        for (Difficulty difficulty : Difficulty.values()) {
            double[] sum = sums.get(difficulty);
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.3f | %.3f | %.3f | %d |%n", difficulty, difficulty.meanProbability(),
                    sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], (long) sum[3]);
        }
        System.out.println();
        calibration(warmOutcomes);
    }

    /** Calibration of the Elo's P(correct) (chain means) before each answer, in bins of 0.1. */
    private static void calibration(List<PracticeWorld.Outcome> outcomes) {
        System.out.println("### Calibration (warm bank, all answers of the fresh cohort: Elo's P(correct) before the answer, in bins)");
        System.out.println();
        System.out.println("| predicted P bin | mean predicted | observed success | answers |");
        System.out.println("|---|---|---|---|");
        double[][] bins = new double[10][3];
        for (PracticeWorld.Outcome outcome : outcomes) {
            int bin = Math.min(9, (int) (outcome.predictedByElo() * 10));
            bins[bin][0] += outcome.predictedByElo();
            bins[bin][1] += outcome.correct() ? 1 : 0;
            bins[bin][2]++;
        }
        for (int bin = 0; bin < 10; bin++) {
            if (bins[bin][2] >= 100) {
                System.out.printf(Locale.ROOT, "| %.1f–%.1f | %.3f | %.3f | %d |%n", bin / 10.0, (bin + 1) / 10.0,
                        bins[bin][0] / bins[bin][2], bins[bin][1] / bins[bin][2], (long) bins[bin][2]);
            }
        }
        System.out.println();
    }

    /** Per difficulty, over answers 26 onwards of each pupil: sums of drawn target p, Elo-predicted p, successes, and the count. */
    private static Map<Difficulty, double[]> targeting(List<PracticeWorld.Outcome> outcomes) {
        Map<Difficulty, double[]> sums = new EnumMap<>(Difficulty.class);
        int[] perPupil = new int[PUPILS];
        for (PracticeWorld.Outcome outcome : outcomes) {
            if (++perPupil[outcome.pupil()] <= 25) {
                continue;
            }
            double[] sum = sums.computeIfAbsent(outcome.difficulty(), d -> new double[4]);
            sum[0] += outcome.targetProbability();
            sum[1] += outcome.predictedByElo();
            sum[2] += outcome.correct() ? 1 : 0;
            sum[3]++;
        }
        return sums;
    }

    /** Which of the nearest items to choose: bias and targeting per rule, with two chains and with one. */
    void selectionPolicy() {
        System.out.println("### Selection rule among the items nearest β* (fresh cohort on the warm bank, defaults otherwise)");
        System.out.println();
        System.out.println("| chains | rule | bias θ̂ − θ at 200 answers | RMSE at 200 | observed success easy / medium / hard |");
        System.out.println("|---|---|---|---|---|");
        Object[][] policies = {
            {true, new SelectionSettings(1, SelectionSettings.Choice.RANDOM, 0.5, 0.98), "nearest only"},
            {true, SelectionSettings.defaults(), "**random among the 5 nearest (default)**"},
            {true, new SelectionSettings(5, SelectionSettings.Choice.LEAST_USED, 0.5, 0.98), "least used of the 5 nearest"},
            {false, new SelectionSettings(5, SelectionSettings.Choice.LEAST_USED, 0.5, 0.98), "least used of the 5 nearest"},
            {false, SelectionSettings.defaults(), "random among the 5 nearest"},
        };
        for (Object[] policy : policies) {
            boolean twoChains = (Boolean) policy[0];
            List<PracticeWorld.Outcome> outcomes = new ArrayList<>(PUPILS * 200);
            EngineSettings settings = twoChains ? EngineSettings.defaults() : EngineSettings.defaults().withItemUpdateMode(ItemUpdateMode.INDEPENDENT);
            RecoveryRun run = recoveryRun(settings, (SelectionSettings) policy[1], twoChains, outcomes);
            Map<Difficulty, double[]> sums = targeting(outcomes);
            double[] last = run.warm.get(run.warm.size() - 1);
            System.out.printf(Locale.ROOT, "| %s | %s | %+.3f | %.3f | %.3f / %.3f / %.3f |%n",
                    twoChains ? "two (zero-sum)" : "one (independent)", policy[2], last[1], last[2],
                    sums.get(Difficulty.EASY)[2] / sums.get(Difficulty.EASY)[3],
                    sums.get(Difficulty.MEDIUM)[2] / sums.get(Difficulty.MEDIUM)[3],
                    sums.get(Difficulty.HARD)[2] / sums.get(Difficulty.HARD)[3]);
        }
        System.out.println();
    }

    /**
     * 1,000,000 answers with pupils joining and leaving: the classic single-chain update against
     * each fix alone and both together (the defaults), for fixed and for growing abilities.
     */
    void drift() {
        System.out.println("### Drift over 1,000,000 answers (1,000 pupils at a time; each leaves after 500 answers and is replaced)");
        System.out.println();
        System.out.println("| abilities | method | answers | mean β̂ − mean β̂ at start | mean(β̂ − β) | SD(β̂)/SD(β) | corr(β̂, β) "
                + "| mean θ̂ / mean θ, all active pupils (start: 0 / 0) | mean θ̂ − mean θ (pupils with ≥ 50 answers) | RMSE θ̂ |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        EngineSettings independent = EngineSettings.defaults().withItemUpdateMode(ItemUpdateMode.INDEPENDENT);
        EngineSettings paired = EngineSettings.defaults();
        for (double growth : new double[] {0.0, 0.002}) {
            if (growth == 0.0) {
                driftRun("naive, items drawn at random (no adaptivity)", independent, false, false, growth);
            }
            driftRun("naive: one chain, independent item updates", independent, false, true, growth);
            driftRun("one chain, zero-sum paired items", paired, false, true, growth);
            driftRun("two chains, independent item updates", independent, true, true, growth);
            driftRun("**two chains + zero-sum paired items (default)**", paired, true, true, growth);
        }
        System.out.println();
    }

    private void driftRun(String method, EngineSettings settings, boolean twoChains, boolean adaptive, double growthPerAnswer) {
        PracticeWorld world = new PracticeWorld(settings, twoChains, seed + 2, itemTruth, itemPrior, PUPILS, growthPerAnswer);
        world.adaptiveSelection = adaptive;
        int lifetime = 500;
        int[] leaveAt = new int[PUPILS];
        SplittableRandom random = new SplittableRandom(seed + 3);
        for (int p = 0; p < PUPILS; p++) {
            // stagger the first cohort so that pupils come and go continuously
            leaveAt[p] = 1 + random.nextInt(lifetime);
        }
        double startMean = Metrics.mean(world.itemEstimates());
        double trueMean = Metrics.mean(itemTruth);
        String abilities = growthPerAnswer == 0 ? "fixed" : String.format(Locale.ROOT, "growing %.3f/answer", growthPerAnswer);
        int rounds = 1_000_000 / PUPILS;
        for (int round = 1; round <= rounds; round++) {
            world.playRound(null, 0.0);
            for (int p = 0; p < PUPILS; p++) {
                if (world.answersGiven[p] >= leaveAt[p]) {
                    world.enrolNewPupil(p);
                    leaveAt[p] = lifetime;
                }
            }
            if (round % (rounds / 2) == 0) {
                double[] items = world.itemEstimates();
                double[] pupils = world.pupilEstimates();
                // pupils with at least 50 answers, whose ratings have had time to converge
                List<double[]> settled = new ArrayList<>();
                for (int p = 0; p < PUPILS; p++) {
                    if (world.answersGiven[p] >= 50) {
                        settled.add(new double[] {pupils[p], world.pupilTruth[p]});
                    }
                }
                double[] estimate = settled.stream().mapToDouble(pair -> pair[0]).toArray();
                double[] truth = settled.stream().mapToDouble(pair -> pair[1]).toArray();
                System.out.printf(Locale.ROOT, "| %s | %s | %,d | %+.3f | %+.3f | %.3f | %.3f | %+.3f / %+.3f | %+.3f | %.3f |%n",
                        abilities, method, (long) round * PUPILS,
                        Metrics.mean(items) - startMean, Metrics.mean(items) - trueMean,
                        Metrics.standardDeviation(items) / Metrics.standardDeviation(itemTruth),
                        Metrics.correlation(items, itemTruth),
                        Metrics.mean(pupils), Metrics.mean(world.pupilTruth),
                        Metrics.bias(estimate, truth), Metrics.rootMeanSquareError(estimate, truth));
            }
        }
    }

    /**
     * Held-out answers: Elo predicts each before it is given and is never updated on it; a Rasch model
     * is fitted by JML on the training answers (past and future ones) of the same run.
     */
    void prediction() {
        System.out.println("### Prediction of held-out answers (a random 20 % of 100,000 answers: 1,000 pupils × 100, cold bank)");
        System.out.println();
        System.out.println("| abilities | engine run | predictor | AUC (all) | log-loss (all) | AUC (answers 51–100) | log-loss (answers 51–100) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (double growth : new double[] {0.0, LEARNING_PER_ANSWER}) {
            predictionRun(growth, true);
            predictionRun(growth, false);
        }
        System.out.println();
    }

    private void predictionRun(double growthPerAnswer, boolean twoChains) {
        String abilities = growthPerAnswer == 0 ? "fixed" : String.format(Locale.ROOT, "growing %.3f/answer", growthPerAnswer);
        String run = twoChains ? "default (two chains, zero-sum)" : "naive (one chain, independent)";
        EngineSettings settings = twoChains ? EngineSettings.defaults() : EngineSettings.defaults().withItemUpdateMode(ItemUpdateMode.INDEPENDENT);
        PracticeWorld world = new PracticeWorld(settings, twoChains, seed + 4, itemTruth, itemPrior, PUPILS, growthPerAnswer);
        List<PracticeWorld.Outcome> all = new ArrayList<>(PUPILS * 100);
        for (int round = 0; round < 100; round++) {
            world.playRound(all, 0.2);
        }
        List<PracticeWorld.Outcome> training = all.stream().filter(outcome -> !outcome.heldOut()).toList();
        List<PracticeWorld.Outcome> heldOut = all.stream().filter(PracticeWorld.Outcome::heldOut).toList();

        int[] pupilOf = training.stream().mapToInt(PracticeWorld.Outcome::pupil).toArray();
        int[] itemOf = training.stream().mapToInt(PracticeWorld.Outcome::item).toArray();
        boolean[] correct = new boolean[training.size()];
        for (int k = 0; k < correct.length; k++) {
            correct[k] = training.get(k).correct();
        }
        RaschModel rasch = RaschModel.fit(PUPILS, ITEMS, pupilOf, itemOf, correct);

        Map<String, java.util.function.ToDoubleFunction<PracticeWorld.Outcome>> predictors = new java.util.LinkedHashMap<>();
        predictors.put(twoChains ? "Elo/HSHS, mean of the chains" : "Elo/HSHS", PracticeWorld.Outcome::predictedByElo);
        if (twoChains) {
            predictors.put("Elo/HSHS, the chain not used for selection", PracticeWorld.Outcome::predictedByUpdateChain);
        }
        predictors.put("Rasch, JML on the training answers", outcome -> rasch.probability(outcome.pupil(), outcome.item()));
        predictors.put("true model (known θ, β: the ceiling)", PracticeWorld.Outcome::trueProbability);
        List<PracticeWorld.Outcome> late = heldOut.stream().filter(outcome -> outcome.answerNumber() >= 50).toList();
        for (Map.Entry<String, java.util.function.ToDoubleFunction<PracticeWorld.Outcome>> predictor : predictors.entrySet()) {
            double[] allScores = scores(heldOut, predictor.getValue());
            double[] lateScores = scores(late, predictor.getValue());
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.4f | %.4f | %.4f | %.4f |%n", abilities, run, predictor.getKey(),
                    allScores[0], allScores[1], lateScores[0], lateScores[1]);
        }
    }

    /** {AUC, log-loss} of a predictor on some answers. */
    private static double[] scores(List<PracticeWorld.Outcome> answers, java.util.function.ToDoubleFunction<PracticeWorld.Outcome> predictor) {
        double[] predicted = new double[answers.size()];
        boolean[] outcomes = new boolean[answers.size()];
        for (int k = 0; k < predicted.length; k++) {
            predicted[k] = predictor.applyAsDouble(answers.get(k));
            outcomes[k] = answers.get(k).correct();
        }
        return new double[] {Metrics.areaUnderCurve(predicted, outcomes), Metrics.logLoss(predicted, outcomes)};
    }
}
