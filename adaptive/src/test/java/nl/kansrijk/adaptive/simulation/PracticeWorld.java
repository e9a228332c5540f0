package nl.kansrijk.adaptive.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.kansrijk.adaptive.engine.Answer;
import nl.kansrijk.adaptive.engine.EloEngine;
import nl.kansrijk.adaptive.engine.EngineSettings;
import nl.kansrijk.adaptive.engine.TwoChainRating;
import nl.kansrijk.adaptive.engine.TwoChainUpdate;
import nl.kansrijk.adaptive.engine.RatingUpdate;
import nl.kansrijk.adaptive.selection.Difficulty;
import nl.kansrijk.adaptive.selection.ItemCandidate;
import nl.kansrijk.adaptive.selection.ItemSelector;
import nl.kansrijk.adaptive.selection.Selection;
import nl.kansrijk.adaptive.selection.SelectionSettings;

/**
 * One domain of simulated practice: an item bank with known true difficulties, pupils with known
 * true abilities (optionally growing), the real engine and selector in between. Ratings are
 * two-chain ratings; in single-chain mode (the classic Elo) only chain 0 is used for selection and
 * updates. Time is a global simulated clock: every round each pupil answers one item 10 s apart;
 * every 25 rounds a school day passes, so the uncertainty terms see realistic day gaps.
 */
final class PracticeWorld {

    static final int RECENT_WINDOW = 10;
    static final int ANSWERS_PER_DAY = 25;
    private static final Instant START = Instant.parse("2026-09-01T08:30:00Z");

    final EloEngine engine;
    final boolean twoChains;
    final ItemSelector selector;
    final HshsResponder responder;
    final SplittableRandom random;

    final double[] itemTruth;
    final TwoChainRating[] itemRatings;
    /** Selection candidates per chain, kept in step with {@link #itemRatings}. */
    final List<ArrayList<ItemCandidate>> candidates = List.of(new ArrayList<>(), new ArrayList<>());

    final double[] pupilTruth;
    final TwoChainRating[] pupilRatings;
    final Difficulty[] difficulty;
    final int[] answersGiven;
    /** The pupil's previous item updated in each chain: the zero-sum partner for that chain's next update. */
    final int[][] previousItem;
    final List<List<String>> recent;
    double growthPerAnswer;

    /** False draws items uniformly at random (no adaptivity), to separate selection effects from the update rule. */
    boolean adaptiveSelection = true;

    private Instant now = START;
    private int round;

    /** The outcome of one simulated answer, with what the engine predicted before it. */
    record Outcome(int pupil, int answerNumber, int item, boolean correct, double predictedByElo, double predictedByUpdateChain,
            double trueProbability, double targetProbability, Difficulty difficulty, boolean heldOut) {
    }

    PracticeWorld(EngineSettings settings, boolean twoChains, long seed, double[] itemTruth, double[] itemStart, int pupils,
            double growthPerAnswer) {
        this(settings, SelectionSettings.defaults(), twoChains, seed, itemTruth, itemStart, pupils, growthPerAnswer);
    }

    PracticeWorld(EngineSettings settings, SelectionSettings selection, boolean twoChains, long seed, double[] itemTruth,
            double[] itemStart, int pupils, double growthPerAnswer) {
        this.engine = new EloEngine(settings);
        this.twoChains = twoChains;
        this.random = new SplittableRandom(seed);
        this.selector = new ItemSelector(engine.model(), selection, random.split());
        this.responder = new HshsResponder(settings.timeLimit());
        this.itemTruth = itemTruth.clone();
        this.itemRatings = new TwoChainRating[itemTruth.length];
        for (int i = 0; i < itemTruth.length; i++) {
            itemRatings[i] = TwoChainRating.initial(itemStart[i]);
            for (ArrayList<ItemCandidate> chain : candidates) {
                chain.add(new ItemCandidate(Integer.toString(i), itemStart[i], 0));
            }
        }
        this.pupilTruth = new double[pupils];
        this.pupilRatings = new TwoChainRating[pupils];
        this.difficulty = new Difficulty[pupils];
        this.answersGiven = new int[pupils];
        this.previousItem = new int[2][pupils];
        this.recent = new ArrayList<>(pupils);
        this.growthPerAnswer = growthPerAnswer;
        for (int p = 0; p < pupils; p++) {
            recent.add(new ArrayList<>(RECENT_WINDOW + 1));
            enrolNewPupil(p);
        }
    }

    /** Replaces pupil slot p by a new pupil: true ability N(0, 1), rating 0 with U = 1, random difficulty choice. */
    void enrolNewPupil(int p) {
        pupilTruth[p] = random.nextGaussian();
        pupilRatings[p] = TwoChainRating.initial(0.0);
        difficulty[p] = Difficulty.values()[random.nextInt(3)];
        answersGiven[p] = 0;
        previousItem[0][p] = -1;
        previousItem[1][p] = -1;
        recent.get(p).clear();
    }

    /** Every pupil answers one item; a share of answers is held out (predicted, never used to update). */
    void playRound(List<Outcome> sink, double holdOutShare) {
        for (int p = 0; p < pupilTruth.length; p++) {
            boolean holdOut = holdOutShare > 0 && random.nextDouble() < holdOutShare;
            Outcome outcome = answered(answer(p, !holdOut));
            if (sink != null) {
                sink.add(outcome);
            }
            now = now.plusSeconds(10);
        }
        round++;
        if (round % ANSWERS_PER_DAY == 0) {
            now = now.plus(Duration.ofDays(1));
        }
    }

    private Outcome answer(int pupil, boolean update) {
        TwoChainRating pupilRating = pupilRatings[pupil];
        int chain = twoChains ? pupilRating.selectionChain() : 0;
        List<String> recentItems = recent.get(pupil);
        Selection selection = adaptiveSelection
                ? selector.select(pupilRating.chain(chain).value(), difficulty[pupil], candidates.get(chain), recentItems)
                : new Selection(candidates.get(0).get(random.nextInt(itemTruth.length)), Double.NaN, Double.NaN, false);
        int item = Integer.parseInt(selection.item().itemId());
        Answer answer = responder.respond(pupilTruth[pupil] - itemTruth[item], now, random);
        double predicted = engine.model().probabilityCorrect(estimate(pupilRating) - estimate(itemRatings[item]));
        double trueProbability = engine.model().probabilityCorrect(pupilTruth[pupil] - itemTruth[item]);
        // the chain this answer would update was not used to choose the item, so its prediction carries no selection bias
        int otherChain = twoChains ? 1 - chain : 0;
        double predictedByUpdateChain = engine.model().probabilityCorrect(
                pupilRating.chain(otherChain).value() - itemRatings[item].chain(otherChain).value());

        if (update) {
            int updatedChain = twoChains ? 1 - chain : 0;
            int partner = previousItem[updatedChain][pupil];
            TwoChainRating partnerRating = partner >= 0 && partner != item ? itemRatings[partner] : null;
            if (twoChains) {
                TwoChainUpdate result = engine.update(pupilRating, itemRatings[item], partnerRating, answer);
                pupilRatings[pupil] = result.pupilAfter();
                setItem(item, result.itemAfter(), 1);
                if (result.hasPartner()) {
                    setItem(partner, result.partnerAfter(), 0);
                }
            } else {
                RatingUpdate result = engine.update(pupilRating.first(), itemRatings[item].first(),
                        partnerRating == null ? null : partnerRating.first(), answer);
                pupilRatings[pupil] = pupilRating.withChain(0, result.pupilAfter());
                setItem(item, itemRatings[item].withChain(0, result.itemAfter()), 1);
                if (result.hasPartner()) {
                    setItem(partner, itemRatings[partner].withChain(0, result.partnerAfter()), 0);
                }
            }
            previousItem[updatedChain][pupil] = item;
        }
        recentItems.add(0, selection.item().itemId());
        if (recentItems.size() > RECENT_WINDOW) {
            recentItems.remove(RECENT_WINDOW);
        }
        pupilTruth[pupil] += growthPerAnswer;
        return new Outcome(pupil, answersGiven[pupil], item, answer.outcome() == Answer.Outcome.CORRECT, predicted,
                predictedByUpdateChain, trueProbability, selection.targetProbability(), difficulty[pupil], !update);
    }

    private Outcome answered(Outcome outcome) {
        answersGiven[outcome.pupil()]++;
        return outcome;
    }

    /** The rating the app would show: the chain mean, or chain 0 in single-chain mode. */
    double estimate(TwoChainRating rating) {
        return twoChains ? rating.estimate() : rating.first().value();
    }

    private void setItem(int item, TwoChainRating rating, int extraUse) {
        itemRatings[item] = rating;
        for (int chain = 0; chain < 2; chain++) {
            ItemCandidate old = candidates.get(chain).get(item);
            candidates.get(chain).set(item, new ItemCandidate(old.itemId(), rating.chain(chain).value(), old.useCount() + extraUse));
        }
    }

    double[] pupilEstimates() {
        double[] estimates = new double[pupilRatings.length];
        for (int p = 0; p < estimates.length; p++) {
            estimates[p] = estimate(pupilRatings[p]);
        }
        return estimates;
    }

    double[] itemEstimates() {
        double[] estimates = new double[itemRatings.length];
        for (int i = 0; i < estimates.length; i++) {
            estimates[i] = estimate(itemRatings[i]);
        }
        return estimates;
    }

    /** Ratings of items answered at least {@code minimumAnswers} times, with their truths. */
    double[][] usedItems(int minimumAnswers) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < itemRatings.length; i++) {
            if (itemRatings[i].answerCount() >= minimumAnswers) {
                pairs.add(new double[] {estimate(itemRatings[i]), itemTruth[i]});
            }
        }
        double[][] columns = new double[2][pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            columns[0][k] = pairs.get(k)[0];
            columns[1][k] = pairs.get(k)[1];
        }
        return columns;
    }
}
