package nl.kansrijk.adaptive.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import nl.kansrijk.adaptive.engine.HshsModel;
import org.junit.jupiter.api.Test;

class ItemSelectorTest {

    private static final HshsModel MODEL = new HshsModel(Duration.ofSeconds(20));
    /** β* for θ = 0 at p = 0.75: −logit(0.75) = −ln 3. */
    private static final double MEDIUM_TARGET_AT_ZERO = -1.0986122886681098;

    /** A generator whose Gaussian draws are always {@code value}, to pin the target probability. */
    private static RandomGenerator gaussianAlways(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0L;
            }

            @Override
            public double nextGaussian() {
                return value;
            }
        };
    }

    /** Uniform draws from a real generator, Gaussian draws pinned to 0 (so the target is the mean). */
    private record PinnedGaussian(SplittableRandom uniform) implements RandomGenerator {
        @Override
        public long nextLong() {
            return uniform.nextLong();
        }

        @Override
        public double nextGaussian() {
            return 0.0;
        }
    }

    private static ItemSelector selector(int nearestCount, RandomGenerator random) {
        return selector(nearestCount, SelectionSettings.Choice.LEAST_USED, random);
    }

    private static ItemSelector selector(int nearestCount, SelectionSettings.Choice choice, RandomGenerator random) {
        return new ItemSelector(MODEL, new SelectionSettings(nearestCount, choice, 0.5, 0.98), random);
    }

    private static List<ItemCandidate> evenlySpacedBank(int size, double from, double step) {
        List<ItemCandidate> bank = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            bank.add(new ItemCandidate("item-" + i, from + i * step, 0));
        }
        return bank;
    }

    @Test
    void select_mediumWithMeanDraw_targetsRatingMinusLogThree() {
        Selection selection = selector(5, gaussianAlways(0.0)).select(0.0, Difficulty.MEDIUM, evenlySpacedBank(3, -2, 1), List.of());

        assertThat(selection.targetProbability()).isEqualTo(0.75);
        assertThat(selection.targetRating()).isCloseTo(MEDIUM_TARGET_AT_ZERO, within(1e-15));
    }

    @Test
    void select_amongNearest_prefersLeastUsed() {
        List<ItemCandidate> bank = List.of(
                new ItemCandidate("nearest-busy", -1.10, 10),
                new ItemCandidate("second-some-use", -1.00, 2),
                new ItemCandidate("third-unused", -1.30, 0),
                new ItemCandidate("far-unused", 3.00, 0));

        assertThat(selector(2, gaussianAlways(0.0)).select(0.0, Difficulty.MEDIUM, bank, List.of()).item().itemId())
                .isEqualTo("second-some-use");
        assertThat(selector(3, gaussianAlways(0.0)).select(0.0, Difficulty.MEDIUM, bank, List.of()).item().itemId())
                .isEqualTo("third-unused");
    }

    @Test
    void select_randomChoice_spreadsOverExactlyTheNearestItems() {
        // target −1.0986 with a mean draw; the three nearest of the grid −3.0, −2.9, … are −1.1 (0.0014 away),
        // −1.0 (0.0986) and −1.2 (0.1014): items 19, 20 and 18
        List<ItemCandidate> bank = evenlySpacedBank(61, -3, 0.1);
        ItemSelector selector = new ItemSelector(MODEL, new SelectionSettings(3, SelectionSettings.Choice.RANDOM, 0.5, 0.98),
                new PinnedGaussian(new SplittableRandom(11)));
        java.util.Set<String> chosen = new java.util.TreeSet<>();

        for (int draw = 0; draw < 300; draw++) {
            chosen.add(selector.select(0.0, Difficulty.MEDIUM, bank, List.of()).item().itemId());
        }

        assertThat(chosen).containsExactly("item-18", "item-19", "item-20");
    }

    @Test
    void select_equalUse_choosesNearestToTarget() {
        Selection selection = selector(5, gaussianAlways(0.0)).select(0.0, Difficulty.MEDIUM, evenlySpacedBank(61, -3, 0.1), List.of());

        // items sit at −3.0, −2.9, …; the nearest to −1.0986 is −1.1 (item-19)
        assertThat(selection.item().itemId()).isEqualTo("item-19");
    }

    @Test
    void select_recentItems_areNeverChosenWhileOthersExist() {
        List<ItemCandidate> bank = evenlySpacedBank(12, -1.2, 0.02);
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            recent.add("item-" + i);
        }
        ItemSelector selector = selector(5, new SplittableRandom(7));

        for (int draw = 0; draw < 500; draw++) {
            Selection selection = selector.select(0.0, Difficulty.values()[draw % 3], bank, recent);

            assertThat(selection.item().itemId()).isEqualTo("item-11");
            assertThat(selection.fromRecent()).isFalse();
        }
    }

    @Test
    void select_onlyRecentItemsLeft_choosesTheOneAnsweredLongestAgo() {
        List<ItemCandidate> bank = evenlySpacedBank(3, -1.1, 0.0);

        Selection selection = selector(5, gaussianAlways(0.0)).select(0.0, Difficulty.EASY, bank, List.of("item-2", "item-0", "item-1"));

        assertThat(selection.item().itemId()).isEqualTo("item-1");
        assertThat(selection.fromRecent()).isTrue();
    }

    @Test
    void select_bankOfOneJustAnsweredItem_returnsThatItem() {
        List<ItemCandidate> bank = List.of(new ItemCandidate("only", 4.0, 99));

        Selection selection = selector(5, gaussianAlways(0.0)).select(-2.0, Difficulty.HARD, bank, List.of("only"));

        assertThat(selection.item().itemId()).isEqualTo("only");
    }

    @Test
    void select_thinBankFarFromTarget_returnsNearestAvailable() {
        List<ItemCandidate> bank = List.of(new ItemCandidate("very-hard", 5.0, 0), new ItemCandidate("hard", 3.0, 7));

        Selection selection = selector(1, gaussianAlways(0.0)).select(0.0, Difficulty.EASY, bank, List.of());

        assertThat(selection.item().itemId()).isEqualTo("hard");
    }

    @Test
    void select_emptyBank_isRejected() {
        assertThatThrownBy(() -> selector(5, gaussianAlways(0.0)).select(0.0, Difficulty.EASY, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawTargetProbability_extremeDraws_areClippedToSaneRange() {
        assertThat(selector(5, gaussianAlways(10.0)).drawTargetProbability(Difficulty.EASY)).isEqualTo(0.98);
        assertThat(selector(5, gaussianAlways(-10.0)).drawTargetProbability(Difficulty.HARD)).isEqualTo(0.5);
    }

    @Test
    void select_denseBank_expectedSuccessMatchesEachDifficulty() {
        List<ItemCandidate> bank = evenlySpacedBank(1201, -6, 0.01);
        ItemSelector selector = selector(1, new SplittableRandom(20_260_302L));
        double theta = 0.4;

        for (Difficulty difficulty : Difficulty.values()) {
            double sum = 0;
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                sum += MODEL.probabilityCorrect(theta - selector.select(theta, difficulty, bank, List.of()).item().rating());
            }
            // clipping to [0.5, 0.98] moves each mean by less than 0.002 (truncated-normal tails)
            assertThat(sum / draws).as("%s", difficulty).isCloseTo(difficulty.meanProbability(), within(0.005));
        }
    }
}
