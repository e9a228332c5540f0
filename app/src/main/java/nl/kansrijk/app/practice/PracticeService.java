package nl.kansrijk.app.practice;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.kansrijk.adaptive.engine.Answer;
import nl.kansrijk.adaptive.engine.EloEngine;
import nl.kansrijk.adaptive.engine.EngineSettings;
import nl.kansrijk.adaptive.engine.TwoChainRating;
import nl.kansrijk.adaptive.engine.TwoChainUpdate;
import nl.kansrijk.adaptive.items.Domain;
import nl.kansrijk.adaptive.items.Item;
import nl.kansrijk.adaptive.items.ItemBank;
import nl.kansrijk.adaptive.items.Level;
import nl.kansrijk.adaptive.selection.Difficulty;
import nl.kansrijk.adaptive.selection.ItemCandidate;
import nl.kansrijk.adaptive.selection.ItemSelector;
import nl.kansrijk.adaptive.selection.Selection;
import nl.kansrijk.adaptive.selection.SelectionSettings;
import nl.kansrijk.app.http.ProblemException;
import nl.kansrijk.app.roster.RosterStore;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Adaptive practice: picks each pupil's next item and turns an answer into rating changes
 * (adaptive module), storing the answer and the new ratings in one transaction. Item and pupil
 * ratings are cached in memory as a write-through copy of the database, because every selection
 * looks at all items of a domain.
 */
public final class PracticeService {

    /** Items the generated bank holds per domain; a school's own items come on top. */
    public static final int ITEMS_PER_DOMAIN = 2000;
    public static final long BANK_SEED = 20111001L;
    private static final int RECENT_ITEMS = 20;
    private static final int MAX_PREFETCH = 5;
    private static final long TIME_LIMIT_MS = EngineSettings.DEFAULT_TIME_LIMIT.toMillis();

    /** What the browser needs to show an item and, offline, to give feedback on it. */
    public record ItemView(String itemId, String domain, String prompt, String instructionKey, String answer,
                           long timeLimitMillis) {
    }

    public record AnswerRequest(String answerId, String itemId, String answer, Long responseMillis, String difficulty,
                                Instant answeredAt) {
    }

    public record Feedback(String answerId, boolean duplicate, String outcome, boolean correct, String correctAnswer,
                           double score, double ratingBefore, double ratingAfter, int displayRating, long answers,
                           List<ItemView> next) {
    }

    public record DomainRating(String domain, double rating, int displayRating, long answers, Instant lastAnswerAt) {
    }

    public record RatingPoint(Instant at, double rating, int displayRating) {
    }

    private static final class ItemState {
        final Item item;
        volatile TwoChainRating rating;
        volatile long uses;
        volatile long version;

        ItemState(Item item, TwoChainRating rating, long uses, long version) {
            this.item = item;
            this.rating = rating;
            this.uses = uses;
            this.version = version;
        }
    }

    private static final class PupilState {
        TwoChainRating rating;
        final Deque<String> recent = new ArrayDeque<>();
    }

    private record PupilDomain(long pupil, Domain domain) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final EloEngine engine = new EloEngine(EngineSettings.defaults());
    private final Map<String, ItemState> items = new ConcurrentHashMap<>();
    private final Map<Domain, List<ItemState>> itemsByDomain = new HashMap<>();
    private final Map<PupilDomain, PupilState> pupils = new ConcurrentHashMap<>();
    private final ThreadLocal<ItemSelector> selectors;
    private final MeterRegistry registry;
    private final Timer answerTimer;
    private final AnswerWriter writer;
    private final Counter ratingUpdates;

    public PracticeService(Jdbi jdbi, Clock clock, MeterRegistry registry) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.registry = registry;
        SplittableRandom seeds = new SplittableRandom();
        this.selectors = ThreadLocal.withInitial(() -> new ItemSelector(engine.model(), SelectionSettings.defaults(),
                seeds.split()));
        this.answerTimer = Timer.builder("kansrijk.practice.answer").description("Handling one practice answer")
                .publishPercentileHistogram().register(registry);
        this.writer = new AnswerWriter(jdbi, registry);
        this.ratingUpdates = Counter.builder("kansrijk.practice.rating.updates")
                .description("Ratings changed by answers (pupil, item and partner item)").register(registry);
        loadItems();
    }

    /** Stores what is still queued; called when the service stops. */
    public void close() {
        writer.close();
    }

    /** The generated bank, with ratings from the database; items never seen before are stored at their starting difficulty. */
    private void loadItems() {
        ItemBank bank = ItemBank.generate(BANK_SEED, ITEMS_PER_DOMAIN);
        Map<String, PracticeStore.RatingRow> stored = new HashMap<>();
        jdbi.onDemand(PracticeStore.class).itemRatings().forEach(row -> stored.put(row.key(), row));
        List<PracticeStore.NewItem> unseen = new ArrayList<>();
        for (Item item : bank.allItems()) {
            PracticeStore.RatingRow row = stored.get(item.id());
            ItemState state = row == null ? new ItemState(item, TwoChainRating.initial(item.startingDifficulty()), 0, 0)
                    : new ItemState(item, row.rating(), row.useCount(), row.version());
            if (row == null) {
                unseen.add(new PracticeStore.NewItem(item.id(), item.domain().code(), item.startingDifficulty()));
            }
            items.put(item.id(), state);
            itemsByDomain.computeIfAbsent(item.domain(), d -> new ArrayList<>()).add(state);
        }
        if (!unseen.isEmpty()) {
            jdbi.useExtension(PracticeStore.class, store -> store.insertItems(unseen));
        }
    }

    public List<DomainRating> ratings(long school, long pupil) {
        Map<String, PracticeStore.DomainSummary> summaries = new HashMap<>();
        jdbi.onDemand(PracticeStore.class).summaries(pupil).forEach(s -> summaries.put(s.domain(), s));
        List<DomainRating> ratings = new ArrayList<>();
        for (Domain domain : Domain.values()) {
            PupilState state = pupilState(school, pupil, domain);
            double rating;
            synchronized (state) {
                rating = state.rating.estimate();
            }
            PracticeStore.DomainSummary summary = summaries.get(domain.code());
            ratings.add(new DomainRating(domain.code(), rating, display(rating), summary == null ? 0 : summary.answers(),
                    summary == null ? null : summary.lastAnswerAt()));
        }
        return ratings;
    }

    /** The pupil's rating after each answer, per domain, for the growth chart. */
    public Map<String, List<RatingPoint>> history(long pupil) {
        Map<String, List<RatingPoint>> series = new LinkedHashMap<>();
        for (PracticeStore.RatingPoint point : jdbi.onDemand(PracticeStore.class).history(pupil)) {
            series.computeIfAbsent(point.domain(), d -> new ArrayList<>())
                    .add(new RatingPoint(point.answeredAt(), point.thetaAfter(), display(point.thetaAfter())));
        }
        return series;
    }

    /** Items to practise next: the first is the one to show, the rest are for when the connection drops. */
    public List<ItemView> next(long school, long pupil, String domainCode, String difficultyName, int count) {
        Domain domain = domain(domainCode);
        Difficulty difficulty = difficulty(difficultyName);
        PupilState state = pupilState(school, pupil, domain);
        synchronized (state) {
            return select(state, domain, difficulty, Math.max(1, Math.min(MAX_PREFETCH, count)));
        }
    }

    /** Stores one answer and the rating changes it causes; the same answer id a second time changes nothing. */
    public Feedback answer(long school, long pupil, String domainCode, AnswerRequest request) {
        Timer.Sample sample = Timer.start(registry);
        Domain domain = domain(domainCode);
        Difficulty difficulty = difficulty(request.difficulty());
        validate(request);
        PupilState state = pupilState(school, pupil, domain);
        try {
            synchronized (state) {
                PracticeStore store = jdbi.onDemand(PracticeStore.class);
                Optional<PracticeStore.AnswerRow> earlier = store.answer(pupil, request.answerId());
                if (earlier.isPresent()) {
                    return feedback(earlier.get(), true, state, domain, difficulty, pupil);
                }
                ItemState item = items.get(request.itemId());
                if (item == null || item.item.domain() != domain) {
                    throw ProblemException.badRequest("The item " + request.itemId() + " is not a " + domain.code() + " item.");
                }
                Answer answer = new Answer(outcome(item.item, request), Duration.ofMillis(Math.min(request.responseMillis(),
                        TIME_LIMIT_MS)), answeredAt(request));
                String partnerId = state.recent.size() >= 2 ? state.recent.stream().skip(1).findFirst().orElse(null) : null;
                ItemState partner = partnerId == null || partnerId.equals(item.item.id()) ? null : items.get(partnerId);
                PracticeStore.AnswerRow row = record(school, pupil, domain, difficulty, request, state, item, partner, answer);
                state.recent.addFirst(item.item.id());
                while (state.recent.size() > RECENT_ITEMS) {
                    state.recent.removeLast();
                }
                Counter.builder("kansrijk.practice.answers").tag("outcome", row.outcome()).register(registry).increment();
                return feedback(row, false, state, domain, difficulty, pupil);
            }
        } finally {
            sample.stop(answerTimer);
        }
    }

    /**
     * Updates the ratings in memory under the items' locks (taken in id order, so two answers never
     * wait on each other in a circle), then stores the answer through the group committer and waits
     * for the commit. The items' versions keep an older write from replacing a newer one.
     */
    private PracticeStore.AnswerRow record(long school, long pupil, Domain domain, Difficulty difficulty, AnswerRequest request,
                                           PupilState state, ItemState item, ItemState partner, Answer answer) {
        List<ItemState> locked = new ArrayList<>();
        locked.add(item);
        if (partner != null) {
            locked.add(partner);
        }
        locked.sort(Comparator.comparing(s -> s.item.id()));
        AnswerWriter.Write write = lockAll(locked, 0, () -> {
            TwoChainUpdate update = engine.update(state.rating, item.rating, partner == null ? null : partner.rating, answer);
            PracticeStore.AnswerRow row = new PracticeStore.AnswerRow(request.answerId(), domain.code(), item.item.id(),
                    truncate(request.answer()), answer.outcome().name(), (int) answer.responseTime().toMillis(),
                    difficulty.name(), answer.answeredAt(), update.score(), update.expectedScore(), update.thetaBefore(),
                    update.thetaAfter(), update.betaBefore(), update.betaAfter());
            item.rating = update.itemAfter();
            item.uses++;
            item.version++;
            List<PracticeStore.RatingRow> itemRows = new ArrayList<>();
            itemRows.add(PracticeStore.RatingRow.of(item.item.id(), item.rating, item.uses, item.version));
            if (partner != null && update.partnerAfter() != null) {
                partner.rating = update.partnerAfter();
                partner.version++;
                itemRows.add(PracticeStore.RatingRow.of(partner.item.id(), partner.rating, partner.uses, partner.version));
            }
            state.rating = update.pupilAfter();
            ratingUpdates.increment(update.hasPartner() ? 3 : 2);
            return new AnswerWriter.Write(school, pupil, row, clock.instant(), partner == null ? null : partner.item.id(),
                    PracticeStore.RatingRow.of(domain.code(), update.pupilAfter(), 0, 0), itemRows);
        });
        try {
            writer.submit(write).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // Not stored: forget the pupil's cached state so it is read back from the database next time.
            pupils.remove(new PupilDomain(pupil, domain));
            throw new ProblemException(503, "The answer could not be stored; send it again.", List.of());
        }
        return write.answer();
    }

    private static <T> T lockAll(List<ItemState> states, int index, java.util.function.Supplier<T> action) {
        if (index == states.size()) {
            return action.get();
        }
        synchronized (states.get(index)) {
            return lockAll(states, index + 1, action);
        }
    }

    private Feedback feedback(PracticeStore.AnswerRow row, boolean duplicate, PupilState state, Domain domain,
                              Difficulty difficulty, long pupil) {
        Item item = items.get(row.itemId()).item;
        boolean correct = row.outcome().equals(Answer.Outcome.CORRECT.name());
        return new Feedback(row.answerId(), duplicate, row.outcome(), correct, item.answer().normalised(), row.score(),
                row.thetaBefore(), row.thetaAfter(), display(row.thetaAfter()), state.rating.answerCount(),
                select(state, domain, difficulty, 1));
    }

    private List<ItemView> select(PupilState state, Domain domain, Difficulty difficulty, int count) {
        int chain = state.rating.selectionChain();
        List<ItemState> bank = itemsByDomain.getOrDefault(domain, List.of());
        List<ItemCandidate> candidates = new ArrayList<>(bank.size());
        for (ItemState item : bank) {
            candidates.add(new ItemCandidate(item.item.id(), item.rating.chain(chain).value(), item.uses));
        }
        List<String> avoid = new ArrayList<>(state.recent);
        List<ItemView> chosen = new ArrayList<>();
        Set<String> picked = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Selection selection = selectors.get().select(state.rating.selectionValue(), difficulty, candidates, avoid);
            String id = selection.item().itemId();
            if (!picked.add(id)) {
                break;
            }
            avoid.add(0, id);
            chosen.add(view(items.get(id).item));
        }
        return chosen;
    }

    private PupilState pupilState(long school, long pupil, Domain domain) {
        return pupils.computeIfAbsent(new PupilDomain(pupil, domain), key -> jdbi.withHandle(h -> {
            PracticeStore store = h.attach(PracticeStore.class);
            PupilState state = new PupilState();
            state.rating = store.pupilRatings(pupil).stream().filter(r -> r.key().equals(domain.code())).findFirst()
                    .map(PracticeStore.RatingRow::rating)
                    .orElseGet(() -> TwoChainRating.initial(startingLevel(h.attach(RosterStore.class), school, pupil)
                            .typicalRating()));
            state.recent.addAll(store.recentItems(pupil, domain.code(), RECENT_ITEMS));
            return state;
        }));
    }

    /** A new pupil starts at the typical rating of their school year (secondary years 1 and 2 and up). */
    private static Level startingLevel(RosterStore roster, long school, long pupil) {
        int year = roster.pupil(school, pupil).map(RosterStore.PupilView::year).orElse(1);
        return Level.fromCode(year <= 1 ? "vo1" : "vo2").orElseThrow();
    }

    private static Answer.Outcome outcome(Item item, AnswerRequest request) {
        String given = request.answer() == null ? "" : request.answer().trim();
        if (request.responseMillis() >= TIME_LIMIT_MS && given.isEmpty()) {
            return Answer.Outcome.TIMED_OUT;
        }
        if (given.equals("?")) {
            return Answer.Outcome.DONT_KNOW;
        }
        if (given.isEmpty()) {
            return Answer.Outcome.TIMED_OUT;
        }
        return item.accepts(given) ? Answer.Outcome.CORRECT : Answer.Outcome.WRONG;
    }

    /** When the pupil answered: the browser's clock for answers kept offline, if it is plausible. */
    private Instant answeredAt(AnswerRequest request) {
        Instant now = clock.instant();
        Instant given = request.answeredAt();
        if (given == null || given.isAfter(now) || given.isBefore(now.minus(Duration.ofDays(7)))) {
            return now;
        }
        return given;
    }

    private static void validate(AnswerRequest request) {
        if (request.answerId() == null || !request.answerId().matches("[A-Za-z0-9_-]{8,64}")) {
            throw ProblemException.badRequest("answerId must be 8–64 letters, digits, - or _ (a UUID made by the browser).");
        }
        if (request.itemId() == null || request.itemId().isBlank()) {
            throw ProblemException.badRequest("itemId is missing.");
        }
        if (request.responseMillis() == null || request.responseMillis() < 0) {
            throw ProblemException.badRequest("responseMillis must be the time the pupil took, in milliseconds.");
        }
    }

    static Domain domain(String code) {
        return Domain.fromCode(code == null ? "" : code)
                .orElseThrow(() -> ProblemException.badRequest("Unknown domain '" + code + "'."));
    }

    static Difficulty difficulty(String name) {
        try {
            return Difficulty.valueOf((name == null ? "MEDIUM" : name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("difficulty must be EASY, MEDIUM or HARD.");
        }
    }

    private static ItemView view(Item item) {
        return new ItemView(item.id(), item.domain().code(), item.prompt(), item.instructionKey(), item.answer().normalised(),
                TIME_LIMIT_MS);
    }

    /** A friendly number for pupils: 500 at the typical groep-6 level, 100 per logit. */
    static int display(double rating) {
        return (int) Math.round(500 + 100 * rating);
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() <= 100 ? text : text.substring(0, 100);
    }
}
