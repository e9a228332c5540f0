package nl.kansrijk.adaptive.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import nl.kansrijk.adaptive.engine.Answer;
import nl.kansrijk.adaptive.engine.EloEngine;
import nl.kansrijk.adaptive.engine.EngineSettings;
import nl.kansrijk.adaptive.engine.TwoChainRating;
import nl.kansrijk.adaptive.engine.TwoChainUpdate;
import nl.kansrijk.adaptive.items.Domain;
import nl.kansrijk.adaptive.items.Item;
import nl.kansrijk.adaptive.items.ItemBank;
import nl.kansrijk.adaptive.selection.Difficulty;
import nl.kansrijk.adaptive.selection.ItemCandidate;
import nl.kansrijk.adaptive.selection.ItemSelector;
import nl.kansrijk.adaptive.selection.Selection;
import nl.kansrijk.adaptive.selection.SelectionSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process throughput of what the app does per answer: update the ratings (two chains, zero-sum
 * partner) and select the next item from a domain bank of {@code bankSize} generated items, for a
 * pool of 1,000 pupils. No I/O. Run with the command in adaptive/README.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EngineBenchmark {

    private static final int PUPILS = 1000;

    @Param({"3000"})
    public int bankSize;

    private EloEngine engine;
    private ItemSelector selector;
    private ArrayList<List<ItemCandidate>> candidatesByChain;
    private TwoChainRating[] itemRatings;
    private TwoChainRating[] pupilRatings;
    private int[] previousItem;
    private List<List<String>> recent;
    private Answer[] answers;
    private Instant now;
    private int nextPupil;
    private int nextAnswer;

    @Setup(Level.Trial)
    public void setUp() {
        engine = new EloEngine(EngineSettings.defaults());
        selector = new ItemSelector(engine.model(), SelectionSettings.defaults(), new SplittableRandom(1));
        List<Item> items = ItemBank.generate(Domain.ADDITION, bankSize, 2026L);
        itemRatings = new TwoChainRating[items.size()];
        candidatesByChain = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
        for (int i = 0; i < items.size(); i++) {
            itemRatings[i] = TwoChainRating.initial(items.get(i).startingDifficulty());
            for (List<ItemCandidate> chain : candidatesByChain) {
                chain.add(new ItemCandidate(Integer.toString(i), items.get(i).startingDifficulty(), 0));
            }
        }
        SplittableRandom random = new SplittableRandom(2);
        pupilRatings = new TwoChainRating[PUPILS];
        previousItem = new int[PUPILS];
        recent = new ArrayList<>();
        for (int p = 0; p < PUPILS; p++) {
            pupilRatings[p] = TwoChainRating.initial(random.nextDouble(-3, 3));
            previousItem[p] = -1;
            recent.add(new ArrayList<>());
        }
        now = Instant.parse("2026-09-01T08:30:00Z");
        answers = new Answer[1024];
        for (int i = 0; i < answers.length; i++) {
            Duration time = Duration.ofMillis(random.nextLong(1_000, 20_000));
            answers[i] = random.nextInt(4) == 0 ? Answer.wrong(time, now) : Answer.correct(time, now);
        }
    }

    /** One answer: update pupil, item and partner, then select the pupil's next item. */
    @Benchmark
    public Selection answerAndSelectNext() {
        int pupil = nextPupil;
        nextPupil = (nextPupil + 1) % PUPILS;
        TwoChainRating rating = pupilRatings[pupil];
        int chain = rating.selectionChain();
        Selection selection = selector.select(rating.chain(chain).value(), Difficulty.MEDIUM, candidatesByChain.get(chain), recent.get(pupil));
        int item = Integer.parseInt(selection.item().itemId());
        int partner = previousItem[pupil];
        Answer answer = answers[nextAnswer++ & 1023];
        TwoChainUpdate update = engine.update(rating, itemRatings[item], partner >= 0 && partner != item ? itemRatings[partner] : null, answer);
        pupilRatings[pupil] = update.pupilAfter();
        store(item, update.itemAfter(), 1);
        if (update.hasPartner()) {
            store(partner, update.partnerAfter(), 0);
        }
        previousItem[pupil] = item;
        List<String> recentItems = recent.get(pupil);
        recentItems.add(0, selection.item().itemId());
        if (recentItems.size() > 10) {
            recentItems.remove(10);
        }
        return selection;
    }

    /** The rating update alone. */
    @Benchmark
    public TwoChainUpdate updateOnly() {
        int pupil = nextPupil;
        nextPupil = (nextPupil + 1) % PUPILS;
        int item = (pupil * 7) % itemRatings.length;
        TwoChainUpdate update = engine.update(pupilRatings[pupil], itemRatings[item], itemRatings[(item + 1) % itemRatings.length],
                answers[nextAnswer++ & 1023]);
        pupilRatings[pupil] = update.pupilAfter();
        return update;
    }

    /** The item selection alone (a scan of the bank). */
    @Benchmark
    public Selection selectOnly() {
        int pupil = nextPupil;
        nextPupil = (nextPupil + 1) % PUPILS;
        TwoChainRating rating = pupilRatings[pupil];
        return selector.select(rating.selectionValue(), Difficulty.MEDIUM, candidatesByChain.get(rating.selectionChain()), recent.get(pupil));
    }

    private void store(int item, TwoChainRating rating, int extraUse) {
        itemRatings[item] = rating;
        for (int chain = 0; chain < 2; chain++) {
            ItemCandidate old = candidatesByChain.get(chain).get(item);
            candidatesByChain.get(chain).set(item, new ItemCandidate(old.itemId(), rating.chain(chain).value(), old.useCount() + extraUse));
        }
    }
}
